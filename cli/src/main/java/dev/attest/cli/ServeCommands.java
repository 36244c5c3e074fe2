package dev.attest.cli;

import dev.attest.server.DemoCorpus;
import dev.attest.server.UserAccounts;
import dev.attest.server.WorkbenchServer;
import dev.attest.store.IngestListener;
import dev.attest.store.IngestProgress;
import dev.attest.store.StoreException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The workbench commands: {@code attest serve}, {@code attest demo} and {@code attest user add}. The server binds to
 * 127.0.0.1 unless {@code --bind} says otherwise, and runs until the process is stopped (Ctrl-C).
 */
public final class ServeCommands {
    private ServeCommands() {
    }

    /** Where the workbench listens: {@code --port} and {@code --bind}. */
    static final class ListenOptions {
        @Option(names = "--port", defaultValue = "7070", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
        String bind;
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Serve the web workbench and the REST API (docs/api.md) over a store.",
                    "Runs until stopped with Ctrl-C. Exit codes: 1 the store cannot be opened or the port is taken."})
    public static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--store", paramLabel = "DIR", defaultValue = "./attest-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
        Path store;

        @Mixin
        ListenOptions listen;

        @Override
        public Integer call() {
            try {
                return runUntilStopped(WorkbenchServer.start(store, listen.bind, listen.port), spec.commandLine().getOut());
            } catch (StoreException e) {
                spec.commandLine().getErr().println("attest: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = {"Ingest the project's example articles into a fresh temporary store and serve the workbench.",
                    "Prints the URL and a one-time reviewer account; runs until stopped with Ctrl-C."})
    public static final class Demo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
        Path examples;

        @Mixin
        ListenOptions listen;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(examples)) {
                err.println("attest: no examples directory at " + examples.toAbsolutePath() + " (run from the project root or pass --examples)");
                return 1;
            }
            Path store = Files.createTempDirectory("attest-demo-");
            IngestProgress done = DemoCorpus.ingest(examples, store, IngestListener.silent());
            err.println("attest: demo store " + store + ": " + done.summary());
            // a throwaway reviewer so the review workflow can be tried; the store is temporary
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            new UserAccounts(store).add("demo", password.toCharArray());
            out.println("reviewer login: demo / " + password);
            return runUntilStopped(WorkbenchServer.start(store, listen.bind, listen.port), out);
        }
    }

    @Command(name = "user", mixinStandardHelpOptions = true, description = "Manage reviewer accounts.", subcommands = UserAdd.class)
    public static final class User implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create (or reset) a reviewer account in the store's users file.",
                    "The password is read from the console without echo, or as one line from standard input."})
    public static final class UserAdd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "Account name: letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--store", paramLabel = "DIR", defaultValue = "./attest-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
        Path store;

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword();
            if (password == null) {
                spec.commandLine().getErr().println("attest: no password given (passwords differ or standard input is empty)");
                return 1;
            }
            try {
                UserAccounts accounts = new UserAccounts(store);
                accounts.add(name, password);
                spec.commandLine().getOut().println("reviewer " + name + " saved in " + accounts.file());
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("attest: " + e.getMessage());
                return 1;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password: ");
                char[] second = console.readPassword("Repeat password: ");
                boolean same = first != null && Arrays.equals(first, second);
                if (second != null) {
                    Arrays.fill(second, '\0');
                }
                return same ? first : null;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? null : line.toCharArray();
        }
    }

    private static int runUntilStopped(WorkbenchServer server, PrintWriter out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println("Attest workbench: " + server.url() + "/  (Ctrl-C stops it)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
