package org.policygraph.layout;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.policygraph.deadline.WorkDeadline;

/**
 * What of a web page is not the document: scripts and styles, the site's navigation, banner and
 * footer, forms, cookie banners, and whatever the page hides. Read once here, so the HTML reader
 * only walks what is left.
 */
final class HtmlChrome {

    /** Elements that never hold document text. */
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "nav", "footer",
            "aside", "form", "button", "select", "input", "textarea", "svg", "map", "dialog", "head", "link", "meta");
    /** Roles of the site's furniture. */
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "menu",
            "menubar", "toolbar", "dialog", "alertdialog");
    /** Parts of a class or id that name navigation or a banner. */
    private static final Set<String> CHROME_MARKERS = Set.of("nav", "menu", "breadcrumb", "cookie", "skip-link",
            "skiplink", "skip-to");
    /** Classes that hide an element on screen. */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "is-hidden", "d-none", "visually-hidden",
            "visuallyhidden", "sr-only", "element-invisible", "screen-reader-text");
    /** Elements never dropped for their class or id: the page itself and its main content. */
    private static final Set<String> CONTENT_TAGS = Set.of("html", "body", "main", "article");
    private static final Pattern HIDING_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private HtmlChrome() {
    }

    /** Removes from {@code root} every element that is not part of the document. */
    static void strip(Element root) {
        for (Element e : root.select("*"))
            if (e.parent() != null && isChrome(e))
                e.remove();
    }

    /** True for an element that is furniture of the site or hidden from the reader. */
    static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag))
            return true;
        // A header inside the article is the article's own (its title, its date); the page's header is the site's.
        if (tag.equals("header") && e.closest("article, main, section") == null)
            return true;
        if (isHidden(e))
            return true;
        if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)))
            return true;
        return !CONTENT_TAGS.contains(tag) && namesChrome(e) && e.selectFirst("h1, main, article") == null;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true"))
            return true;
        if (HIDING_STYLE.matcher(WorkDeadline.watch(e.attr("style"))).find())
            return true;
        for (String c : e.classNames())
            if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    private static boolean namesChrome(Element e) {
        for (String c : e.classNames())
            if (hasMarker(c))
                return true;
        return hasMarker(e.id());
    }

    private static boolean hasMarker(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String marker : CHROME_MARKERS)
            if (n.contains(marker))
                return true;
        return false;
    }
}
