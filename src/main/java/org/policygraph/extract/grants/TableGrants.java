package org.policygraph.extract.grants;

import java.util.List;
import java.util.Optional;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.GrantWords;
import org.policygraph.lang.GrantWords.Role;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.Grant;
import org.policygraph.model.Located;
import org.policygraph.model.Mention;
import org.policygraph.model.TableCell;

/**
 * Grants in a table of recipients and amounts, read from the cells the figure reader already
 * aligned (layout tables and tables left as lines alike): a row is a recipient when the table's row
 * header names organisations ("Begunstigde", "Organisatie") or the row's label says it is one ("vzw
 * De Brug"); a euro cell is a grant when its column header names an amount given ("Bedrag",
 * "Toegekend", "Subsidie 2023"), or names a year under a caption about grants. Rows that add up
 * ("Totaal") and columns of amounts asked for ("Gevraagd") are not grants.
 */
final class TableGrants {

    /** How far above a table its introducing line may stand. */
    private static final int MAX_INTRO = 300;

    private final String text;
    private final List<Mention> mentions;
    private final Diagnostics report;

    TableGrants(String text, List<Mention> mentions, Diagnostics report) {
        this.text = text;
        this.mentions = mentions;
        this.report = report;
    }

    /** The grant the euro cell {@code f} is, if its table is one of grants. */
    Optional<Grant> read(Figure f) {
        TableCell cell = f.cell().orElseThrow();
        FigureTable table = cell.table();
        String column = cell.columnHeader();
        String intro = intro(table);
        String rowHeader = table.rowHeader().map(Located::text).orElse("");
        boolean grantsTable = GrantWords.has(Role.NOUN, intro) || GrantWords.has(Role.AWARD, intro) || GrantWords.has(Role.RECEIVE, intro);
        boolean amountColumn = GrantWords.has(Role.AMOUNT_COLUMN, column) || GrantWords.has(Role.NOUN, column)
                || grantsTable && GrantYears.of(column, true).isPresent();
        if (!amountColumn || GrantWords.has(Role.REQUESTED, column) || GrantWords.has(Role.REFUSED, column))
            return Optional.empty();
        if (GrantWords.has(Role.REQUESTED, intro) && !GrantWords.has(Role.AWARD, column))
            return Optional.empty();
        Located row = cell.row();
        if (GrantWords.is(Role.TOTAL_ROW, row.text()))
            return Optional.empty();
        boolean organisations = GrantWords.has(Role.ROW_HEADER, rowHeader) || Recipients.marked(text, row, mentions);
        if (!organisations)
            return Optional.empty();
        if (!grantsTable && !GrantWords.has(Role.NOUN, column) && !GrantWords.has(Role.AWARD, column)) {
            // "Organisatie | Bedrag" alone does not say the amount was given: it may be a price or a fee
            report.info(DiagnosticCode.GRANT_UNCERTAIN, f.quote().span(), "\"" + f.quote().text()
                    + "\" stands in a table of organisations and amounts that does not say they are grants");
            return Optional.empty();
        }
        if (GrantWords.has(Role.UNCERTAIN, intro))
            return Optional.empty();
        Recipients.Candidate to = Recipients.of(row, mentions);
        Optional<Integer> year = f.referenceYear().or(() -> GrantYears.of(column, true)).or(() -> GrantYears.of(intro, true));
        return Optional.of(new Grant(to.name(), to.mention(), f, year, f.sentence(),
                GrantWords.has(Role.FUTURE, intro) || GrantWords.has(Role.FUTURE, column)));
    }

    /** The table's caption and the last line above it: "Overzicht van de toegekende subsidies in 2023:". */
    private String intro(FigureTable table) {
        int start = table.span().start();
        int from = Math.max(0, start - MAX_INTRO);
        String above = text.substring(from, start).stripTrailing();
        int lineStart = above.lastIndexOf('\n') + 1;
        String line = above.substring(lineStart);
        // the header line(s) may stand inside the table's span, the caption right above them
        return table.caption().orElse("") + " " + line;
    }
}
