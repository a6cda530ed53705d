package id.humas.hub.crash;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import id.humas.hub.HumasHubApplication;

/**
 * The real application in a JVM of its own, so that it can be killed like an operator's {@code kill -9} would:
 * no shutdown hook, no flush, no graceful stop. Its output is appended to one log file across restarts.
 */
final class ChildApplication {

    private final List<String> arguments;
    private final Path workingDirectory;
    private final Path log;
    private volatile Process process;
    private int starts;

    ChildApplication(List<String> arguments, Path workingDirectory, Path log) {
        this.arguments = List.copyOf(arguments);
        this.workingDirectory = workingDirectory;
        this.log = log;
        // should the test JVM itself be stopped, the application must not outlive it
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill, "kill-the-application"));
    }

    void start() {
        if (isAlive()) {
            throw new IllegalStateException("the application is already running as pid " + process.pid());
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", testClassPath(), HumasHubApplication.class.getName()));
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--server.port="))) {
            command.add("--server.port=0");
        }
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--management.server.port="))) {
            command.add("--management.server.port=0");
        }
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "%n===== start %d =====%n".formatted(++starts), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the application", e);
        }
    }

    /** SIGKILL on Linux: the process gets no chance to finish anything. Returns once it is gone. */
    void kill() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.toHandle().destroyForcibly();
        try {
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pid " + running.pid() + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, as an operator's {@code systemctl stop} sends: the application shuts down in order. */
    void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pid " + running.pid() + " did not stop within 60 s of SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The running process's id (-1 when none was started). */
    long pid() {
        Process running = process;
        return running == null ? -1 : running.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    int starts() {
        return starts;
    }

    /** The last lines the application wrote, for a failure report. */
    String tail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no output)";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    Path log() {
        return log;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire may run tests from a manifest-only jar; its own property then holds the real class path. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classPath = surefire == null || surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
        if (classPath.split(File.pathSeparator).length < 2) {
            throw new IllegalStateException("cannot see the test class path, only: " + classPath);
        }
        return classPath;
    }
}
