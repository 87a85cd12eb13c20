import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A text summary of collapsed stacks (async-profiler's {@code collapsed} output, one line per distinct
 * stack: frames from the root separated by ";", then the number of samples): the methods most often
 * on top of the stack (self time), our methods by the samples they are on the stack of (total time),
 * and, for the top self-time methods, which method of ours called them. Only the stacks holding the
 * frame given by {@code --within} count (the benchmark's measured passes, not its set-up): a frame
 * as the profiler writes it ({@code org/policygraph/extract/Extractor.extract}) or its end after a
 * "/" ({@code Extractor.extract}).
 * <pre>
 * java bench/ProfileSummary.java STACKS [--within FRAME] [--top N] [--ours PREFIX]
 * </pre>
 */
public class ProfileSummary {

    private static final String USAGE = "usage: java bench/ProfileSummary.java STACKS [--within FRAME] [--top N] [--ours PREFIX]";

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args.length % 2 == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path stacks = Path.of(args[0]);
        String within = null;
        String ours = "org/policygraph/";
        int top = 30;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--within" -> within = args[++i];
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--ours" -> ours = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i] + "; " + USAGE);
                    System.exit(2);
                }
            }
        }
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Map<String, Long>> callers = new HashMap<>();
        long samples = 0;
        for (String raw : Files.readAllLines(stacks)) {
            String line = raw.strip();
            int space = line.lastIndexOf(' ');
            if (space < 0)
                continue;
            long n = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            if (within != null && !containsFrame(frames, within))
                continue;
            samples += n;
            String leaf = frames[frames.length - 1];
            self.merge(leaf, n, Long::sum);
            Set<String> seen = new HashSet<>();
            for (String f : frames)
                if (f.startsWith(ours) && seen.add(f))
                    total.merge(f, n, Long::sum);
            String caller = "(none of ours)";
            for (int i = frames.length - 1; i >= 0; i--)
                if (frames[i].startsWith(ours)) {
                    caller = frames[i];
                    break;
                }
            callers.computeIfAbsent(leaf, k -> new HashMap<>()).merge(caller, n, Long::sum);
        }
        System.out.printf(Locale.ROOT, "%,d samples%s%n", samples, within == null ? "" : " with " + within + " on the stack");
        if (samples == 0)
            return;
        System.out.println();
        System.out.println("== self: on top of the stack (with the method of ours nearest to it)");
        for (Map.Entry<String, Long> e : sorted(self, top)) {
            Map.Entry<String, Long> caller = sorted(callers.get(e.getKey()), 1).get(0);
            String via = e.getKey().startsWith(ours) ? "" : "  <- " + shorter(caller.getKey(), ours)
                    + String.format(Locale.ROOT, " (%.0f%% of it)", 100.0 * caller.getValue() / e.getValue());
            System.out.printf(Locale.ROOT, "%6.2f%%  %s%s%n", 100.0 * e.getValue() / samples, shorter(e.getKey(), ours), via);
        }
        System.out.println();
        System.out.println("== total: methods of ours by the samples they are on the stack of");
        for (Map.Entry<String, Long> e : sorted(total, top * 2))
            System.out.printf(Locale.ROOT, "%6.2f%%  %s%n", 100.0 * e.getValue() / samples, shorter(e.getKey(), ours));
    }

    private static boolean containsFrame(String[] frames, String frame) {
        for (String f : frames)
            if (f.equals(frame) || f.endsWith("/" + frame))
                return true;
        return false;
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts, int limit) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    private static String shorter(String frame, String ours) {
        return frame.startsWith(ours) ? frame.substring(ours.length()).replace('/', '.') : frame.replace('/', '.');
    }
}
