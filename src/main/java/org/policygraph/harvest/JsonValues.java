package org.policygraph.harvest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.policygraph.lang.Gazetteer;

/**
 * Reads the API's values in every plausible format, since none was ever seen in a real response:
 * ids as numbers or strings, dates as ISO dates, date-times (with or without offset), Belgian
 * day-month-year or epoch milliseconds, booleans as JSON booleans or as words and digits. A value
 * that fits no format reads as absent, or, where the caller needs it, fails with a reason.
 */
public final class JsonValues {

    /** Dates without an offset are the Parliament's, in Brussels. */
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final List<DateTimeFormatter> DAY_FIRST = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private JsonValues() {
    }

    /** The member {@code key} of {@code o}, absent when {@code o} is no object or the value is null. */
    public static Optional<JsonValue> member(JsonValue o, String key) {
        if (o == null || !o.isObject())
            return Optional.empty();
        JsonValue v = o.getAsObject().get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /** A string, number or boolean as text, stripped; absent when empty or not a primitive. */
    public static Optional<String> text(JsonValue v) {
        if (v == null || v.isNull())
            return Optional.empty();
        String s;
        if (v.isString())
            s = v.getAsString().value();
        else if (v.isNumber())
            s = number(v);
        else if (v.isBoolean())
            s = Boolean.toString(v.getAsBoolean().value());
        else
            return Optional.empty();
        s = s.strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** {@code text(member(o, key))}. */
    public static Optional<String> text(JsonValue o, String key) {
        return member(o, key).flatMap(JsonValues::text);
    }

    /** The value as a list: an array's items, a single value as one item, nothing as none. */
    public static List<JsonValue> items(Optional<JsonValue> v) {
        if (v.isEmpty())
            return List.of();
        if (v.get().isArray())
            return new ArrayList<>(v.get().getAsArray());
        return List.of(v.get());
    }

    /** A date in any of the formats the class comment lists. */
    public static Optional<LocalDate> date(JsonValue v) {
        if (v != null && v.isNumber())
            return epochMillis(number(v));
        return text(v).flatMap(JsonValues::date);
    }

    /** A date read from text in any of the formats the class comment lists. */
    public static Optional<LocalDate> date(String s) {
        String t = s.strip();
        if (t.matches("\\d{11,14}"))
            return epochMillis(t);
        if (t.matches("\\d{4}-\\d{2}-\\d{2}"))
            return parse(() -> LocalDate.parse(t));
        if (t.matches("\\d{8}"))
            return parse(() -> LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE));
        if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            String iso = t.replace(' ', 'T');
            Optional<LocalDate> withOffset = parse(() -> {
                OffsetDateTime odt = OffsetDateTime.parse(iso);
                // "Z" is UTC, which is the day before in Brussels just after midnight.
                return odt.getOffset().getTotalSeconds() == 0 ? odt.atZoneSameInstant(BRUSSELS).toLocalDate() : odt.toLocalDate();
            });
            if (withOffset.isPresent())
                return withOffset;
            Optional<LocalDate> local = parse(() -> LocalDateTime.parse(iso).toLocalDate());
            return local.isPresent() ? local : parse(() -> LocalDate.parse(t.substring(0, 10)));
        }
        String dayFirst = t.replaceAll("[ T].*$", "");
        for (DateTimeFormatter f : DAY_FIRST) {
            Optional<LocalDate> d = parse(() -> LocalDate.parse(dayFirst, f));
            if (d.isPresent())
                return d;
        }
        return Optional.empty();
    }

    /** A yes or no as JSON boolean, word or digit ({@code api-yes-no.txt}); absent when it is neither. */
    public static Optional<Boolean> bool(JsonValue v) {
        if (v != null && v.isBoolean())
            return Optional.of(v.getAsBoolean().value());
        Optional<String> t = text(v);
        if (t.isEmpty())
            return Optional.empty();
        String s = t.get().toLowerCase(Locale.ROOT);
        for (List<String> row : Gazetteer.of("api-yes-no").rows())
            for (String spelling : row.subList(1, row.size()))
                if (spelling.toLowerCase(Locale.ROOT).equals(s))
                    return Optional.of(row.get(0).equals("yes"));
        return Optional.empty();
    }

    /** The object itself, or the first object of an array ({@code vraagsteller} as object or list). */
    public static Optional<JsonObject> object(Optional<JsonValue> v) {
        for (JsonValue item : items(v))
            if (item.isObject())
                return Optional.of(item.getAsObject());
        return Optional.empty();
    }

    private static String number(JsonValue v) {
        Number n = v.getAsNumber().value();
        if (n instanceof java.math.BigDecimal bd)
            return bd.stripTrailingZeros().toPlainString();
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
        return n.toString();
    }

    private static Optional<LocalDate> epochMillis(String digits) {
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(digits)).atZone(BRUSSELS).toLocalDate());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parse(java.util.function.Supplier<LocalDate> p) {
        try {
            return Optional.of(p.get());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
