package org.policygraph.harvest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.policygraph.lang.Gazetteer;

/**
 * Reads the API's JSON into records: a question's detail ({@code /schv/{id}}) and a member
 * ({@code /vv/{id}}), with the key names of FIELDS.md and a few spellings more (XML's
 * {@code themas/thema}, arrays where one value was expected). Unknown keys are ignored here; the
 * raw JSON is kept beside the PDFs. A body that is no JSON object, or a question without an id,
 * fails with a {@link HarvestException} naming the reason.
 */
public final class RecordReader {

    private RecordReader() {
    }

    /** Reads a question's detail; {@code expectedId} (may be empty) is checked against the record's id. */
    public static QuestionRecord question(String json, String expectedId) {
        JsonObject o = object(json);
        String id = JsonValues.text(o, "id").orElse(expectedId);
        if (id == null || id.isEmpty())
            throw new HarvestException("the record has no id");
        if (!expectedId.isEmpty() && !id.equals(expectedId))
            throw new HarvestException("the record's id " + id + " is not the id asked for, " + expectedId);
        List<ProcedureStep> steps = new ArrayList<>();
        for (JsonValue s : JsonValues.items(JsonValues.member(o, "procedureverloop"))) {
            Optional<LocalDate> date = JsonValues.member(s, "datum").flatMap(JsonValues::date);
            Optional<String> status = JsonValues.text(s, "status");
            if (date.isPresent())
                steps.add(new ProcedureStep(date.get(), status.orElse(""), stepKind(status.orElse(""))));
        }
        steps.sort(Comparator.comparing(ProcedureStep::date));
        Optional<LocalDate> date = firstDate(o, "datum", "datum-indiening", "indieningsdatum", "datumindiening")
                .or(() -> steps.stream().filter(s -> s.kind() == StepKind.SUBMITTED).map(ProcedureStep::date).findFirst())
                .or(() -> steps.stream().map(ProcedureStep::date).findFirst());
        Optional<String> kindText = JsonValues.text(o, "soort-antwoord").or(() -> JsonValues.text(o, "soortantwoord"));
        List<String> themes = new ArrayList<>();
        List<JsonValue> themeValues = new ArrayList<>(JsonValues.items(JsonValues.member(o, "thema")));
        JsonValues.member(o, "themas").ifPresent(t -> themeValues.addAll(JsonValues.items(
                t.isObject() ? JsonValues.member(t, "thema") : Optional.of(t))));
        for (JsonValue t : themeValues)
            JsonValues.text(t).or(() -> JsonValues.text(t, "naam")).or(() -> JsonValues.text(t, "titel"))
                    .filter(s -> !themes.contains(s)).ifPresent(themes::add);
        List<String> files = new ArrayList<>();
        for (JsonValue f : JsonValues.items(JsonValues.member(o, "bestand-ordered")))
            JsonValues.text(f, "URL").or(() -> JsonValues.text(f, "url")).or(() -> JsonValues.text(f))
                    .filter(u -> u.startsWith("http")).filter(u -> !files.contains(u)).ifPresent(files::add);
        return new QuestionRecord(id, JsonValues.text(o, "vraagnummer").or(() -> JsonValues.text(o, "nummer")),
                JsonValues.text(o, "titel"), JsonValues.text(o, "onderwerp"), JsonValues.text(o, "zittingsjaar"), date,
                themes, person(JsonValues.object(JsonValues.member(o, "vraagsteller"))),
                person(JsonValues.object(JsonValues.member(o, "minister"))), steps, kindText.flatMap(RecordReader::answerKind),
                kindText, JsonValues.member(o, "tijdig").flatMap(JsonValues::bool), files);
    }

    /**
     * Reads a member. Dated memberships are looked for under the keys a client might find them
     * ({@code fracties}, {@code fractiehistoriek}, {@code lidmaatschappen}), each an object with the
     * party's name (itself or in {@code fractie}) and a start and end date under common names.
     */
    public static MemberRecord member(String json, String expectedId) {
        JsonObject o = object(json);
        String id = JsonValues.text(o, "id").orElse(expectedId);
        String name = (JsonValues.text(o, "voornaam").orElse("") + " " + JsonValues.text(o, "naam").orElse("")).strip();
        List<Membership> memberships = new ArrayList<>();
        for (String key : List.of("fracties", "fractiehistoriek", "fractie-historiek", "lidmaatschappen", "fractielidmaatschappen"))
            for (JsonValue m : JsonValues.items(JsonValues.member(o, key))) {
                Optional<String> party = JsonValues.text(JsonValues.member(m, "fractie").orElse(null), "naam")
                        .or(() -> JsonValues.text(m, "fractie")).or(() -> JsonValues.text(m, "naam"));
                if (party.isPresent())
                    memberships.add(new Membership(party.get(), firstDate(m, "van", "begin", "start", "datumvan", "datumbegin", "startdatum"),
                            firstDate(m, "tot", "einde", "eind", "datumtot", "datumeinde", "einddatum")));
            }
        Optional<String> current = JsonValues.text(JsonValues.member(o, "huidigefractie").orElse(null), "naam");
        return new MemberRecord(id, name, memberships, current);
    }

    private static JsonObject object(String json) {
        JsonValue v;
        try {
            v = JSON.parseAny(json);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new HarvestException("the response is not readable JSON (" + firstLine(e.getMessage()) + ")", e);
        }
        if (!v.isObject())
            throw new HarvestException("the response is JSON but not an object");
        return v.getAsObject();
    }

    private static Optional<PersonRef> person(Optional<JsonObject> o) {
        if (o.isEmpty())
            return Optional.empty();
        Optional<String> first = JsonValues.text(o.get(), "voornaam");
        Optional<String> last = JsonValues.text(o.get(), "naam");
        if (first.isEmpty() && last.isEmpty())
            return Optional.empty();
        Optional<String> party = JsonValues.text(JsonValues.member(o.get(), "fractie").orElse(null), "naam")
                .or(() -> JsonValues.text(o.get(), "fractie"));
        return Optional.of(new PersonRef(JsonValues.text(o.get(), "id"), first.orElse(""), last.orElse(""), party));
    }

    private static Optional<LocalDate> firstDate(JsonValue o, String... keys) {
        for (String k : keys) {
            Optional<LocalDate> d = JsonValues.member(o, k).flatMap(JsonValues::date);
            if (d.isPresent())
                return d;
        }
        return Optional.empty();
    }

    /** The kind of a step by its status ({@code procedure-steps.txt}). */
    static StepKind stepKind(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        for (List<String> row : Gazetteer.of("procedure-steps").rows())
            for (String phrase : row.subList(1, row.size()))
                if (s.contains(phrase.toLowerCase(Locale.ROOT)))
                    return StepKind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
        return StepKind.OTHER;
    }

    /** The kind of answer by {@code soort-antwoord} ({@code answer-kinds.txt}). */
    static Optional<AnswerKind> answerKind(String value) {
        String s = value.toLowerCase(Locale.ROOT);
        for (List<String> row : Gazetteer.of("answer-kinds").rows())
            for (String phrase : row.subList(1, row.size()))
                if (s.contains(phrase.toLowerCase(Locale.ROOT)))
                    return Optional.of(row.get(0).equals("referring") ? AnswerKind.REFERRING : AnswerKind.OWN);
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null)
            return "no detail";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
