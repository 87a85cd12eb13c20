package org.policygraph.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.ingest.Ingester;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * The analyst's walk in Debian's headless Chromium: search a word from the start page, open the
 * document, click a highlighted figure, reach its page, and fetch the same IRI as Turtle; then a
 * query without PREFIX lines on the query page, shown readably, with its CSV; the charts, with
 * their marks counted and downloaded as SVG and PNG. Skipped where chromium
 * is not installed. Leaves screenshots in target/failsafe-reports.
 */
@Tag("browser")
class PagesBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    @Test
    void fromSearchToAFigureAndItsTriples() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            assertTrue(Ingester.builder(store).build().ingest(List.of(Corpora.examples())).ok());
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
            String root = "http://127.0.0.1:" + server.getHttpPort();
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + tmp.resolve("profile"));
            Path downloads = Files.createDirectories(tmp.resolve("downloads"));
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            WebDriver browser = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.ignoring(StaleElementReferenceException.class);
                browser.get(root + "/");
                WebElement box = browser.findElement(By.id("search-box"));
                box.sendKeys("fietspaden gewestwegen");
                box.submit();
                wait.until(d -> !d.findElements(By.cssSelector("ol.hits a")).isEmpty());
                shot(browser, "pages-search.png");
                browser.findElement(By.linkText("Fietsinfrastructuur - Budget voor fietspaden langs gewestwegen")).click();
                wait.until(d -> d.getCurrentUrl().contains("/id/question/"));
                browser.findElement(By.cssSelector("p.source a")).click();
                wait.until(d -> d.getCurrentUrl().contains("/id/source/"));

                WebElement figure = wait.until(d -> d.findElements(By.cssSelector("#document-text .fact.figure")).stream()
                        .filter(e -> e.getText().equals("41,5 miljoen euro")).findFirst().orElse(null));
                figure.click();
                WebElement triples = wait.until(d -> {
                    WebElement pre = d.findElement(By.cssSelector("#fact-panel pre.triples"));
                    return pre.getText().contains("def#value") ? pre : null;
                });
                String shown = triples.getText();
                shot(browser, "pages-document.png");
                browser.findElement(By.cssSelector("#fact-panel a.fact-link")).click();
                wait.until(d -> d.getCurrentUrl().contains("/id/figure/"));
                String figureUrl = browser.getCurrentUrl();
                assertFalse(browser.findElement(By.tagName("h1")).getText().isEmpty());
                shot(browser, "pages-figure.png");

                // The same IRI as Turtle, asked for with Accept, says what the panel showed.
                HttpResponse<String> turtle = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(figureUrl))
                        .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, turtle.statusCode());
                assertTrue(parse(turtle.body(), Lang.TURTLE).isIsomorphicWith(parse(shown, Lang.NTRIPLES)));

                // The query page: no PREFIX lines needed, values shown plainly, IRIs as links to their pages, a CSV.
                browser.get(root + "/");
                WebElement catalogue = browser.findElement(By.id("catalogue"));
                wait.until(d -> "true".equals(catalogue.getDomAttribute("data-loaded")));
                ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue("
                        + "'SELECT ?q ?n ?date { ?q pg:questionNumber ?n ; dcterms:date ?date } ORDER BY ?date')");
                wait.until(d -> d.findElement(By.cssSelector(".yasqe_queryButton")).getDomAttribute("class").contains("query_valid"));
                browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
                List<WebElement> rows = wait.until(d -> {
                    List<WebElement> trs = d.findElements(By.cssSelector(".yasr .readable tbody tr"));
                    return trs.size() >= 7 ? trs : null;
                });
                List<WebElement> first = rows.get(0).findElements(By.tagName("td"));
                assertTrue(first.get(0).findElement(By.tagName("a")).getDomAttribute("href").startsWith("/id/question/"));
                assertTrue(first.get(2).getText().matches("\\d{4}-\\d{2}-\\d{2}"), first.get(2).getText());
                assertTrue(browser.findElement(By.cssSelector("a.csv-download")).getDomAttribute("href").startsWith("blob:"));
                String csv = (String) ((JavascriptExecutor) browser).executeScript(
                        "return window.policygraph.yasgui.getTab().getYasr().plugins.readable.download().getData()");
                // (the driver may hand line ends back as \n)
                List<String> lines = csv.lines().toList();
                assertEquals("\"q\",\"n\",\"date\"", lines.get(0));
                assertTrue(lines.get(1).startsWith("\"https://w3id.org/policygraph/id/question/"), csv);
                assertEquals(rows.size() + 1, lines.size());
                shot(browser, "pages-query.png");

                // Charts: as many bars as the query beside them has rows; each downloadable as SVG and PNG.
                browser.get(root + "/charts");
                WebElement chart = wait.until(d -> {
                    WebElement c = d.findElement(By.id("questions-per-month-per-minister"));
                    return "true".equals(c.getDomAttribute("data-drawn")) ? c : null;
                });
                assertEquals("7", chart.getDomAttribute("data-rows"));
                assertEquals(7, chart.findElements(By.cssSelector("svg g[aria-label='bar'] rect")).size());
                assertTrue(chart.findElement(By.cssSelector("aside.chart-query pre")).getText()
                        .contains("GROUP BY ?month ?minister"));
                WebElement deflections = wait.until(d -> {
                    WebElement c = d.findElement(By.id("deflections-per-minister"));
                    return "true".equals(c.getDomAttribute("data-drawn")) ? c : null;
                });
                int ministers = Integer.parseInt(deflections.getDomAttribute("data-rows"));
                assertEquals(2 * ministers, deflections.findElements(By.cssSelector("svg g[aria-label='bar'] rect")).size());
                chart.findElement(By.xpath(".//button[text()='SVG']")).click();
                chart.findElement(By.xpath(".//button[text()='PNG']")).click();
                Path svg = downloads.resolve("questions-per-month-per-minister.svg");
                Path png = downloads.resolve("questions-per-month-per-minister.png");
                wait.until(d -> Files.exists(svg) && Files.exists(png));
                assertTrue(Files.readString(svg).startsWith("<svg"));
                byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
                assertEquals("\u0089PNG", new String(head, StandardCharsets.ISO_8859_1));
                shot(browser, "pages-charts.png");
            } finally {
                browser.quit();
                service.stop();
                server.stop();
            }
        }
    }

    private static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Path shots = Path.of("target", "failsafe-reports");
        Files.createDirectories(shots);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
