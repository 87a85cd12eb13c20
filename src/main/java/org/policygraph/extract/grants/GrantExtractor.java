package org.policygraph.extract.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Grant;
import org.policygraph.model.Mention;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.Region;

/**
 * Finds grants: euro amounts the text says were given to one named organisation, in running text
 * ("vzw De Brug ontving 14.700 euro subsidie"), in a list under a lead-in ("Volgende organisaties
 * kregen een subsidie:") and in tables of recipients and amounts. Works on the figures already
 * read (an amount is never read twice) and the mentions already found.
 * <pre>{@code
 * List<Grant> grants = new GrantExtractor().read(text, parsed, figures, mentions, report);
 * }</pre>
 * Only what the addressee states counts: in a document with an answer, only the answer is read
 * (a member's "volgens de pers ontving ..." is a claim, not a grant). Precision first: amounts asked
 * for or refused are no grants; amounts for several recipients together and amounts whose recipient
 * the text leaves open are reported as diagnostics ({@code grant-aggregate}, {@code grant-uncertain}),
 * never guessed.
 */
public final class GrantExtractor {

    /** The grants among {@code figures} of {@code parsed}'s text, in text order. */
    public List<Grant> read(String text, ParsedDocument parsed, List<Figure> figures, List<Mention> mentions,
                            Diagnostics report) {
        List<Region> regions = regions(parsed.regions(text.length()));
        ProseGrants prose = new ProseGrants(text, mentions, report);
        TableGrants tables = new TableGrants(text, mentions, report);
        List<Grant> out = new ArrayList<>();
        for (Figure f : figures) {
            if (f.unit() != FigureUnit.EUR)
                continue;
            Optional<Region> region = regions.stream().filter(r -> Recipients.within(f.quote().span(), r.span())).findFirst();
            if (region.isEmpty())
                continue;
            Optional<Grant> grant;
            if (f.cell().isPresent())
                grant = tables.read(f);
            else if (prose.speaksOf(f))
                grant = prose.read(f);
            else {
                grant = new ListGrants(text, region.get().span(), mentions, report).read(f);
                if (grant.isEmpty())
                    prose.reportAggregate(f);
            }
            grant.ifPresent(out::add);
        }
        return out;
    }

    /** The regions read for grants: the answer where there is one, else every region read for figures. */
    private static List<Region> regions(List<Region> all) {
        List<Region> answers = all.stream().filter(Region::answerSide).toList();
        return answers.isEmpty() ? all.stream().filter(Region::withFigures).toList() : answers;
    }
}
