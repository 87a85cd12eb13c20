package org.policygraph.pages;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame every page shares: title, style sheet, a bar with the way home, to the query page and
 * the search box. Built with jsoup's element API, which escapes text and attribute values, so a
 * value from a document can only ever be shown as text.
 */
public final class Page {

    /** Content-Security-Policy of every page: its own scripts and styles only. */
    public static final String CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Document doc;
    private final Element main;

    /** A page with this title (text). */
    public Page(String title) {
        doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Element html = doc.selectFirst("html");
        html.attr("lang", "nl");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " — policygraph");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/ui/pages.css");
        Element bar = doc.body().appendElement("nav").addClass("bar");
        bar.appendElement("a").attr("href", "/").text("policygraph (SPARQL)");
        bar.appendElement("a").attr("href", "/charts").text("charts");
        bar.appendElement("a").attr("href", Links.DEF_PATH).text("vocabulary");
        Element form = bar.appendElement("form").attr("action", "/search").attr("method", "get").attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("aria-label", "search")
                .attr("placeholder", "titles, questions, figures");
        form.appendElement("button").attr("type", "submit").text("search");
        main = doc.body().appendElement("main");
        main.appendElement("h1").text(title);
    }

    /** Where the content goes. */
    public Element main() {
        return main;
    }

    /** The head, for alternate links. */
    public Element head() {
        return doc.head();
    }

    /** Adds a script of this server (under /ui/). */
    public Page script(String path) {
        doc.body().appendElement("script").attr("src", path);
        return this;
    }

    /** The page as HTML. */
    public String html() {
        return "<!DOCTYPE html>" + doc.selectFirst("html").outerHtml();
    }
}
