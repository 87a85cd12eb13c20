package org.policygraph.parse.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.DocumentReader;
import org.policygraph.testing.Corpora;

/** The exact sub-question tree and answer alignment of each real seed (skipped where absent). */
class SeedStructureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "000_|1 2 3(a b c d e) 4 5 6"
                    + "|1>1 2>2!1 3>3(a-d>3a,3b,3c,3d!1 e>3e) 4>4!1 5>5!1 6>6!1",
            "001_|1 2 3"
                    + "|1>1 2>2 3>3",
            "003_|1(a b c d e f g h i) 2(a b c d e f g h) 3 4"
                    + "|1>1(a>1a b-c+f>1b,1c,1f d-e>1d,1e g>1g h-i>1h,1i) 2>2(a>2a b+e>2b,2e c-d>2c,2d f>2f g-h>2g,2h)",
            "004_|1 2(a(i ii iii) b(i ii)) 3 4(a b c)"
                    + "|1>1 2>2(a-b>2a,2b a-c>4a,4b,4c)"})
    void treeAndAlignment(String seed, String questions, String answers) {
        Path file = Corpora.seed(seed);
        String text = DocumentReader.read(file, file.getFileName().toString()).text();
        WrittenQuestion q = new WrittenQuestionParser().parse(text).orElseThrow();
        assertEquals(questions, Trees.questions(q.subQuestions()));
        assertEquals(answers, Trees.answers(q.answer().orElseThrow().parts()));
        assertTrue(q.context().isPresent(), "every seed question has an introduction");
    }
}
