package org.diaban.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the real command line on a data folder, with what it printed and its exit code. */
record CliRun(int exit, String out, String err) {

    static CliRun on(Path dataDir, String... args) {
        return on(dataDir, () -> { }, args);
    }

    /** The same, telling when a command prepared the process for a short run. */
    static CliRun on(Path dataDir, Runnable shortRun, String... args) {
        CommandLine cl = new DiaBanCommand(location -> 0, shortRun).commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new CliRun(cl.execute(all), out.toString(), err.toString());
    }
}
