package org.policygraph.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.harvest.AnswerKind;
import org.policygraph.harvest.ApiPaths;
import org.policygraph.harvest.MemberRecord;
import org.policygraph.harvest.PersonRef;
import org.policygraph.harvest.ProcedureStep;
import org.policygraph.harvest.QuestionRecord;
import org.policygraph.lang.WorkingDays;
import org.policygraph.model.Person;

/**
 * Maps what the Parliament's API says about a written question into a metadata graph of its own,
 * {@code id/graph/harvest/schv/{id}}, replaced on every harvest. The question is the document's
 * question resource when the document was read (the join the harvest made by the question's
 * files), else the resource the document would get (number, date, minister: see {@link Iris#question}).
 * The graph never restates what the document says: number, date, asker and minister are written
 * only for a question no document holds; where the record and the document disagree, a
 * {@code pg:ParseIssue} with both values is written instead.
 * <p>
 * Written: {@code dcterms:identifier} and {@code owl:sameAs} the API's URL; the procedure's steps;
 * the answer date, the deadline of twenty working days and the working days taken and late
 * ({@link WorkingDays}); on time or not (the record's {@code tijdig}, else computed); the kind of
 * answer; the themes as SKOS concepts; the asker's party on the question's date.
 */
public final class HarvestMapping {

    /** The issue code of a disagreement between record and document. */
    public static final String DISAGREES = "metadata-disagrees";
    /** The issue code of a record whose {@code tijdig} contradicts the working days counted. */
    public static final String TIMELINESS_DISAGREES = "timeliness-disagrees";

    /**
     * What the document's own graph says about the question, for the join and the comparison.
     *
     * @param question the document's question resource
     */
    public record DocumentQuestion(Node question, Optional<String> number, Optional<LocalDate> date,
                                   Optional<String> minister, Optional<String> asker) {
    }

    private HarvestMapping() {
    }

    /** The metadata graph's name for a question id. */
    public static Node graphName(String id) {
        return NodeFactory.createURI(PG.ID + "graph/harvest/schv/" + Iris.segment(id));
    }

    /** The question resource the record describes, given what its document (if any) says. */
    public static Node question(QuestionRecord r, Optional<DocumentQuestion> doc) {
        if (doc.isPresent())
            return doc.get().question();
        if (r.number().isPresent() && r.date().isPresent())
            return Iris.question(r.number().get(), r.date().get(), r.minister().map(m -> new Person(m.name())));
        return NodeFactory.createURI(PG.ID + "question/vlaams-parlement/" + Iris.segment(r.id()));
    }

    /** The metadata graph of one record. */
    public static Graph map(QuestionRecord r, Optional<MemberRecord> asker, Optional<DocumentQuestion> doc, Instant harvested) {
        Graph g = GraphFactory.createDefaultGraph();
        Triples t = new Triples(g);
        Node q = question(r, doc);
        Node api = NodeFactory.createURI(ApiPaths.canonicalQuestion(r.id()));
        Node activity = NodeFactory.createURI(PG.ID + "harvest/schv/" + Iris.segment(r.id()));
        t.type(q, PG.WrittenQuestion)
                .string(q, HarvestVocab.DCTERMS_IDENTIFIER, r.id())
                .add(q, HarvestVocab.OWL_SAME_AS, api);
        t.type(activity, HarvestVocab.HarvestActivity).add(activity, Prov.used, api).add(activity, PG.graph, graphName(r.id()))
                .add(activity, Prov.endedAtTime, NodeFactory.createLiteralDT(harvested.toString(), XSDDatatype.XSDdateTime));

        List<Disagreement> disagreements = new ArrayList<>();
        if (doc.isEmpty()) {
            r.number().ifPresent(n -> t.string(q, PG.questionNumber, n));
            r.date().ifPresent(d -> t.date(q, Vocab.DCTERMS_DATE, d));
            r.title().ifPresent(s -> t.string(q, Vocab.DCTERMS_TITLE, s));
            r.asker().ifPresent(p -> t.add(q, PG.askedBy, person(t, p)));
            r.minister().ifPresent(p -> t.add(q, PG.addressedTo, person(t, p)));
        } else {
            DocumentQuestion d = doc.get();
            compare(disagreements, PG.questionNumber, d.number(), r.number(), HarvestMapping::sameNumber);
            compare(disagreements, Vocab.DCTERMS_DATE, d.date().map(LocalDate::toString), r.date().map(LocalDate::toString), String::equals);
            compare(disagreements, PG.addressedTo, d.minister(), r.minister().map(PersonRef::name), HarvestMapping::sameName);
            compare(disagreements, PG.askedBy, d.asker(), r.asker().map(PersonRef::name), HarvestMapping::sameName);
        }

        int position = 0;
        for (ProcedureStep s : r.steps()) {
            Node step = NodeFactory.createURI(q.getURI() + "/step/" + (++position));
            t.add(q, HarvestVocab.procedureStep, step).type(step, HarvestVocab.ProcedureStep)
                    .integer(step, PG.position, position).date(step, Vocab.DCTERMS_DATE, s.date());
            if (!s.status().isEmpty())
                t.string(step, HarvestVocab.status, s.status());
        }
        Optional<LocalDate> answered = r.answerDate();
        answered.ifPresent(a -> t.date(q, HarvestVocab.answerDate, a));
        Optional<Boolean> computed = Optional.empty();
        if (r.date().isPresent()) {
            LocalDate deadline = WorkingDays.deadline(r.date().get(), WorkingDays.ANSWER_PERIOD);
            t.date(q, HarvestVocab.answerDeadline, deadline);
            if (answered.isPresent() && !answered.get().isBefore(r.date().get())) {
                int days = WorkingDays.between(r.date().get(), answered.get());
                t.integer(q, HarvestVocab.workingDaysToAnswer, days)
                        .integer(q, HarvestVocab.workingDaysLate, Math.max(0, days - WorkingDays.ANSWER_PERIOD));
                computed = Optional.of(days <= WorkingDays.ANSWER_PERIOD);
            }
        }
        Optional<Boolean> counted = computed;
        Optional<Boolean> onTime = r.onTime().or(() -> counted);
        onTime.ifPresent(b -> t.bool(q, HarvestVocab.answeredOnTime, b));
        if (r.onTime().isPresent() && computed.isPresent() && !r.onTime().equals(computed))
            disagreements.add(new Disagreement(TIMELINESS_DISAGREES, HarvestVocab.answeredOnTime, computed.get().toString(),
                    r.onTime().get().toString()));

        r.answerKind().ifPresent(k -> t.add(q, HarvestVocab.answerKind, k == AnswerKind.REFERRING ? HarvestVocab.ReferringAnswer : HarvestVocab.OwnAnswer));
        r.answerKindText().ifPresent(k -> t.string(q, HarvestVocab.answerKindLabel, k));

        for (String theme : r.themes()) {
            Node c = NodeFactory.createURI(PG.ID + "theme/" + Iris.slug(theme));
            t.add(q, HarvestVocab.DCTERMS_SUBJECT, c).type(c, HarvestVocab.SKOS_CONCEPT)
                    .add(c, HarvestVocab.SKOS_PREF_LABEL, NodeFactory.createLiteralLang(theme, "nl"))
                    .add(c, HarvestVocab.SKOS_IN_SCHEME, HarvestVocab.THEMES);
            t.type(HarvestVocab.THEMES, HarvestVocab.SKOS_CONCEPT_SCHEME);
        }

        Optional<String> party = r.asker().flatMap(PersonRef::party)
                .or(() -> r.date().flatMap(d -> asker.flatMap(m -> m.partyOn(d))));
        party.ifPresent(p -> {
            Node node = NodeFactory.createURI(PG.ID + "party/" + Iris.slug(p));
            t.add(q, HarvestVocab.askerParty, node).type(node, HarvestVocab.Party).add(node, RDFS.Nodes.label, NodeFactory.createLiteralString(p));
        });

        int n = 0;
        for (Disagreement d : disagreements) {
            Node issue = NodeFactory.createURI(activity.getURI() + "/issue/" + (++n));
            String message = d.code().equals(TIMELINESS_DISAGREES)
                    ? "the record says tijdig=" + d.recordValue() + "; the working days counted say " + d.ourValue()
                    : "the document says " + d.property().getLocalName() + " " + d.ourValue() + ", the Parliament's record "
                    + d.recordValue();
            t.add(activity, PG.reportedIssue, issue).type(issue, PG.ParseIssue)
                    .string(issue, PG.severity, "warning").string(issue, PG.issueCode, d.code())
                    .string(issue, RDFS.Nodes.comment, message).add(issue, HarvestVocab.concerns, q)
                    .add(issue, HarvestVocab.aboutProperty, d.property())
                    .string(issue, HarvestVocab.documentValue, d.ourValue())
                    .string(issue, HarvestVocab.recordValue, d.recordValue());
        }
        return g;
    }

    /** A value the record gives otherwise than the document (or than the count of working days). */
    private record Disagreement(String code, Node property, String ourValue, String recordValue) {
    }

    private static void compare(List<Disagreement> out, Node property, Optional<String> document, Optional<String> record,
                                java.util.function.BiPredicate<String, String> same) {
        if (document.isPresent() && record.isPresent() && !same.test(document.get(), record.get()))
            out.add(new Disagreement(DISAGREES, property, document.get(), record.get()));
    }

    private static boolean sameNumber(String a, String b) {
        return a.replaceFirst("^0+(?=.)", "").equalsIgnoreCase(b.replaceFirst("^0+(?=.)", ""));
    }

    private static boolean sameName(String a, String b) {
        return Iris.slug(a).equals(Iris.slug(b));
    }

    private static Node person(Triples t, PersonRef p) {
        Node node = Iris.person(new Person(p.name()));
        t.type(node, Vocab.FOAF_PERSON).firstString(node, Vocab.FOAF_NAME, p.name());
        return node;
    }
}
