package dev.attest.spark;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM, all threads; -1 where the platform does not report it. */
final class ProcessCpu {
    private ProcessCpu() {
    }

    static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }
}
