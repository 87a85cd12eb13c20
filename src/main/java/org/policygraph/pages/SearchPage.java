package org.policygraph.pages;

import java.util.List;

import org.jsoup.nodes.Element;

/** The results of a search: each hit linked to its document's page, with what matched. */
final class SearchPage {

    private SearchPage() {
    }

    static String render(String query, List<TextSearch.Hit> hits, int limit) {
        Page page = new Page(query.isBlank() ? "Search" : "Search: " + query);
        Element main = page.main();
        main.selectFirst("h1").attr("id", "search-title");
        if (query.isBlank()) {
            main.appendElement("p").text("Type words to find in titles, question texts and figure measures.");
            return page.html();
        }
        main.appendElement("p").addClass("count").text(hits.isEmpty() ? "Nothing found."
                : hits.size() >= limit ? "The first " + hits.size() + " documents found." : hits.size() + " documents found.");
        Element list = main.appendElement("ol").addClass("hits");
        for (TextSearch.Hit h : hits) {
            Element li = list.appendElement("li");
            li.appendElement("a").attr("href", Links.href(h.document()).orElse("#"))
                    .text(h.title().isEmpty() ? h.document().getURI() : h.title());
            li.appendElement("span").addClass("field").text(" — " + h.field() + ": ");
            String m = h.matched();
            li.appendElement("span").addClass("matched").text(m.length() > 300 ? m.substring(0, 300) + " …" : m);
        }
        return page.html();
    }
}
