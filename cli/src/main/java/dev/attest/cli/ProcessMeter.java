package dev.attest.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What this JVM process has used: CPU time of all its threads (so a benchmark on a shared machine still yields a
 * per-core figure) and its peak resident set size.
 */
final class ProcessMeter {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMeter() {
    }

    /** CPU time of the whole process in nanoseconds, or -1 where the JVM cannot tell. */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Peak resident set size in bytes (VmHWM of /proc/self/status), or -1 off Linux. */
    static long peakRssBytes() {
        try {
            return peakRssBytes(Files.readAllLines(STATUS));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The VmHWM line of a /proc status file, in bytes; -1 when absent. */
    static long peakRssBytes(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                return Long.parseLong(parts[0]) * 1024; // the kernel reports kB
            }
        }
        return -1;
    }
}
