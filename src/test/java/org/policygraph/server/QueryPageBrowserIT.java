package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * The query page as an analyst uses it, in Debian's headless Chromium: open the page, pick a ready
 * query from the catalogue, run it, read the result table. Skipped where chromium is not installed
 * ({@code .ci/run} installs it, so it runs in CI). Leaves a screenshot in target/failsafe-reports.
 */
@Tag("browser")
class QueryPageBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    @Test
    void analystPicksACatalogueQueryRunsItAndSeesTheTable() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            assertTrue(Ingester.builder(store).build().ingest(List.of(Corpora.examples())).ok());
            List<String> members = firstColumn(store, Files.readString(Path.of("queries", "questions-per-member.rq")));
            assertFalse(members.isEmpty());
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Without the background-networking flags Chromium keeps trying the (closed) network and stalls.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + tmp.resolve("profile"));
            WebDriver browser = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.ignoring(StaleElementReferenceException.class);
                browser.get("http://127.0.0.1:" + server.getHttpPort() + "/");
                WebElement catalogue = browser.findElement(By.id("catalogue"));
                wait.until(d -> "true".equals(catalogue.getDomAttribute("data-loaded")));
                new Select(catalogue).selectByVisibleText("Written questions per member");
                wait.until(d -> !d.findElement(By.id("description")).getText().isEmpty());
                browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
                List<String> cells = waitForTable(wait, members.size());
                for (String member : members)
                    assertTrue(cells.stream().anyMatch(c -> c.contains(member)), member + " not in " + cells);
                Path shots = Path.of("target", "failsafe-reports");
                Files.createDirectories(shots);
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), shots.resolve("query-page.png"), StandardCopyOption.REPLACE_EXISTING);

                // Text from the documents is shown as text, never run as markup.
                ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue("
                        + "'SELECT ?text { BIND(\"<script>window.pwned=1</script><img src=x onerror=window.pwned=2>"
                        + "<b id=injected>bold</b>\" AS ?text) }')");
                browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
                wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody td")).stream()
                        .anyMatch(td -> td.getText().contains("<script>")));
                assertTrue(browser.findElements(By.id("injected")).isEmpty(), "markup from a result was rendered");
                assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned"));
            } finally {
                browser.quit();
                service.stop();
                server.stop();
            }
        }
    }

    private static List<String> waitForTable(WebDriverWait wait, int rows) {
        return wait.until(d -> {
            List<WebElement> trs = d.findElements(By.cssSelector(".yasr table tbody tr"));
            if (trs.size() < rows)
                return null;
            List<String> cells = new ArrayList<>();
            for (WebElement tr : trs)
                cells.add(tr.getText());
            return cells;
        });
    }

    private static List<String> firstColumn(PolicyGraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                ResultSet rs = qe.execSelect();
                String var = rs.getResultVars().get(0);
                List<String> out = new ArrayList<>();
                rs.forEachRemaining(r -> out.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()));
                return out;
            }
        });
    }
}
