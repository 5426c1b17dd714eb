import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;

/**
 * Runs HeidelTime (English, news) over many documents in one JVM, so that a comparison
 * with datesleuth measures the tagging and not the start-up of Java and TreeTagger.
 *
 * Reads "YYYY-MM-DD<TAB>input path<TAB>output path" lines on standard input, writes the
 * TimeML HeidelTime returns for each input, and prints the seconds each process() call
 * took (start-up excluded), one line per input, on standard output.
 *
 * Usage: java -cp heideltime-standalone.jar:. HeidelTimeBatch CONFIG.props < manifest.tsv
 */
public final class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        BufferedReader manifest = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = manifest.readLine()) != null) {
            String[] fields = line.split("\t");
            String text = Files.readString(Path.of(fields[1]), StandardCharsets.UTF_8);
            long started = System.nanoTime();
            String timeml = tagger.process(text, day.parse(fields[0]));
            System.out.println((System.nanoTime() - started) / 1e9);
            Files.writeString(Path.of(fields[2]), timeml, StandardCharsets.UTF_8);
        }
    }
}
