// Starts a program and writes its peak resident set and exit code to a file: how the benchmark
// measures a child's memory. Linux counts into a process's peak the memory of what its exec()
// replaced, and a child the benchmark spawns is the benchmark until it execs, so it would
// report the benchmark's own peak whenever that is the larger; a child of this small program
// reports its own.
// Usage: peakrss REPORT PROGRAM [ARGUMENT...]; REPORT gets "<peak KB> <exit code>".

#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char *argv[])
{
    if (argc < 3)
        return 125;
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[2], nullptr, nullptr, argv + 2, environ) != 0)
        return 126;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 127;
    std::FILE *report = std::fopen(argv[1], "w");
    if (!report)
        return 125;
    std::fprintf(report, "%ld %d\n", usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return std::fclose(report) == 0 ? 0 : 125;
}
