// Imported into a measured Node process (`node --import`): at exit it writes the process's own
// CPU time and peak memory to the file named by BENCH_CPU_REPORT, which a parent cannot read once
// the child is gone.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_CPU_REPORT;
if (target) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: usage.maxRSS }));
  });
}
