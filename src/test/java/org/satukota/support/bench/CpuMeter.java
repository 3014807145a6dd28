package org.satukota.support.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by the PostgreSQL server whose data directory is given, plus the whole machine's
 * busy time, read from /proc. Throughput on a shared machine depends on what else runs; CPU time per operation
 * does not, so the benchmark reports both.
 */
public final class CpuMeter {

	/** Cumulative CPU seconds at one moment. */
	public record Reading(double jvmSeconds, double postgresSeconds, double machineBusySeconds, long nanoTime) {
	}

	private static final double TICKS_PER_SECOND = 100.0;

	private final String dataDirectory;

	public CpuMeter(String dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	public Reading read() {
		double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
		return new Reading(jvm, postgresSeconds(), machineBusySeconds(), System.nanoTime());
	}

	private double postgresSeconds() {
		Long postmaster = findPostmaster();
		if (postmaster == null) {
			return Double.NaN;
		}
		double seconds = ticksOf(postmaster) / TICKS_PER_SECOND;
		for (long pid : pids()) {
			if (parentOf(pid) == postmaster) {
				seconds += ticksOf(pid) / TICKS_PER_SECOND;
			}
		}
		return seconds;
	}

	private Long findPostmaster() {
		for (long pid : pids()) {
			try {
				String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
				if (cmdline.contains("postgres") && cmdline.contains(dataDirectory)) {
					return pid;
				}
			}
			catch (IOException | RuntimeException ex) {
				// the process ended while we looked
			}
		}
		return null;
	}

	private static List<Long> pids() {
		try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
			return entries.map(p -> p.getFileName().toString())
				.filter(name -> name.chars().allMatch(Character::isDigit))
				.map(Long::parseLong)
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/** Fields after the command name in /proc/pid/stat (the name may contain spaces). */
	private static String[] statFields(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static long parentOf(long pid) {
		String[] fields = statFields(pid);
		return fields == null ? -1 : Long.parseLong(fields[1]);
	}

	private static long ticksOf(long pid) {
		String[] fields = statFields(pid);
		// utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after the name and state.
		return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** CPU seconds this JVM's JIT compiler threads have used (Linux thread names "C1/C2 CompilerThread…"). */
	public static double jitCompilerSeconds() {
		long ticks = 0;
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			for (Path task : tasks.toList()) {
				try {
					if (Files.readString(task.resolve("comm")).matches("(?s)C[12] CompilerThre.*")) {
						String stat = Files.readString(task.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended while we looked
				}
			}
		}
		catch (IOException ex) {
			return Double.NaN;
		}
		return ticks / TICKS_PER_SECOND;
	}

	private static double machineBusySeconds() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < cpu.length; i++) {
				// idle (4) and iowait (5) are not busy time
				if (i != 4 && i != 5) {
					busy += Long.parseLong(cpu[i]);
				}
			}
			return busy / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}
}
