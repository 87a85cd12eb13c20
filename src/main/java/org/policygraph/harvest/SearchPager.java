package org.policygraph.harvest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Finds written questions through the search API, page by page. The API returns at most 10,000
 * hits per query, so a date range with more is split in halves until each part fits. Hits of other
 * aggregate types are dropped; a hit without a recognisable id is reported, not guessed.
 */
public final class SearchPager {

    /** The most hits the search API returns for one query. */
    static final int API_CAP = 10_000;
    private static final Pattern FEED_ID = Pattern.compile("be\\.vlp\\.feed/(\\d+)");
    private static final Pattern LAST_DIGITS = Pattern.compile("(\\d+)/?$");

    private final ApiClient client;
    private final ApiPaths paths;
    private final Optional<String> legislature;
    private final Consumer<String> warnings;

    public SearchPager(ApiClient client, ApiPaths paths, Optional<String> legislature, Consumer<String> warnings) {
        this.client = client;
        this.paths = paths;
        this.legislature = legislature;
        this.warnings = warnings;
    }

    /** Every written question published from {@code from} to {@code to}, each once, in the API's order. */
    public List<SearchHit> hits(LocalDate from, LocalDate to) {
        Map<String, SearchHit> out = new LinkedHashMap<>();
        collect(from, to, out);
        return List.copyOf(out.values());
    }

    private void collect(LocalDate from, LocalDate to, Map<String, SearchHit> out) {
        int seen = 0;
        for (int page = 1; ; page++) {
            JsonObject o;
            String body = client.json(paths.search(from, to, legislature, page)).text();
            try {
                o = JSON.parse(body);
            } catch (RuntimeException e) {
                throw new HarvestException("search page " + page + " for " + from + ".." + to + " is not readable JSON");
            }
            long count = JsonValues.text(o, "count").map(SearchPager::count).orElse(-1L);
            if (page == 1 && count > API_CAP && from.isBefore(to)) {
                LocalDate mid = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
                collect(from, mid, out);
                collect(mid.plusDays(1), to, out);
                return;
            }
            if (page == 1 && count > API_CAP)
                warnings.accept(count + " hits on " + from + " alone; the API gives only the first " + API_CAP);
            List<JsonValue> results = JsonValues.items(JsonValues.member(o, "result"));
            for (JsonValue r : results)
                hit(r).ifPresent(h -> out.putIfAbsent(h.id(), h));
            seen += results.size();
            if (results.isEmpty() || results.size() < ApiPaths.PAGE_SIZE || (count >= 0 && seen >= Math.min(count, API_CAP)))
                return;
        }
    }

    private Optional<SearchHit> hit(JsonValue r) {
        Map<String, List<String>> tags = new TreeMap<>();
        JsonValue metatags = JsonValues.member(r, "metatags").orElse(null);
        for (JsonValue t : JsonValues.items(JsonValues.member(metatags, "metatag")))
            JsonValues.text(t, "name").ifPresent(name -> tags.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(JsonValues.text(t, "value").orElse("")));
        if (tags.containsKey("aggregaattype") && !tags.get("aggregaattype").contains("Schriftelijke vraag"))
            return Optional.empty();
        Optional<String> id = tags.getOrDefault("opendata", List.of()).stream().map(LAST_DIGITS::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .or(() -> JsonValues.text(r, "id").map(FEED_ID::matcher).filter(Matcher::find).map(m -> m.group(1)));
        if (id.isEmpty()) {
            warnings.accept("a search hit without a question id: " + JsonValues.text(r, "id").orElse(JSON.toStringFlat(r)));
            return Optional.empty();
        }
        StringBuilder fp = new StringBuilder();
        tags.forEach((k, v) -> fp.append(k).append('=').append(String.join("|", v.stream().sorted().toList())).append(';'));
        return Optional.of(new SearchHit(id.get(), fp.toString()));
    }

    private static long count(String s) {
        try {
            return (long) Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
