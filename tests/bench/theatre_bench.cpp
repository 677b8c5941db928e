// Benchmark of the theatre rescheduling engine on generated white-plan instances.
// Prints a Markdown table for docs/performance.md. Usage:
//   theatre_bench [--only small|medium|large] [--seed N] [--write DIR] [--rounds N]

#include "theatre/InstanceGenerator.h"
#include "theatre/InstanceReader.h"
#include "theatre/PlanChecker.h"
#include "theatre/Planner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace wp::theatre;

namespace {

struct Size
{
    const char* name;
    InstanceGenerator::Parameters parameters;
};

long peakMemoryKb()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// CPU time is reported beside wall time: on a shared, loaded machine it is the steadier figure.
double cpuSeconds()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString only;
    QString writeDir;
    quint64 seed = 1;
    int rounds = -1; // the planner's own choice
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--only")) {
            only = args[i + 1];
        } else if (args[i] == QLatin1String("--seed")) {
            seed = args[i + 1].toULongLong();
        } else if (args[i] == QLatin1String("--rounds")) {
            rounds = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--write")) {
            writeDir = args[i + 1];
        }
    }
    std::vector<Size> sizes;
    {
        InstanceGenerator::Parameters small;
        small.theatres = 6;
        small.weeks = 2;
        small.cases = 36;
        small.closedShare = 0.85;
        small.seed = seed;
        sizes.push_back({"small", small});
        InstanceGenerator::Parameters medium;
        medium.theatres = 8;
        medium.weeks = 3;
        medium.cases = 250;
        medium.closedShare = 0.5;
        medium.seed = seed;
        sizes.push_back({"medium", medium});
        InstanceGenerator::Parameters large;
        large.theatres = 12;
        large.weeks = 6;
        large.cases = 3000;
        large.closedShare = 0.3;
        large.seed = seed;
        sizes.push_back({"large", large});
    }
    QTextStream out(stdout);
    out << "| instance | theatres | weeks | open / all sessions | cases | cost | lower bound | gap % "
           "| wall s | CPU s | peak MB | baseline cost | optimal |\n";
    out << "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
    out.flush();
    for (const Size& size : sizes) {
        if (!only.isEmpty() && only != QLatin1String(size.name)) {
            continue;
        }
        const auto files = InstanceGenerator::generate(size.parameters);
        if (!writeDir.isEmpty()) {
            QDir().mkpath(writeDir);
            QFile s(writeDir + QStringLiteral("/%1-sessions.csv").arg(QLatin1String(size.name)));
            QFile c(writeDir + QStringLiteral("/%1-cases.csv").arg(QLatin1String(size.name)));
            if (s.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly)) {
                s.write(files.sessions);
                c.write(files.cases);
            }
        }
        auto instance = InstanceReader::fromData(files.sessions, QStringLiteral("sessions.csv"), files.cases,
                                                 QStringLiteral("cases.csv"), 15);
        if (!instance) {
            std::fprintf(stderr, "%s: %s\n", size.name, qPrintable(instance.errorMessage()));
            return 1;
        }
        int open = 0;
        for (const Session& s : instance->sessions) {
            open += s.open ? 1 : 0;
        }
        PlannerOptions options;
        options.timeLimitSeconds = 60;
        options.perturbationRounds = rounds;
        const double cpuBefore = cpuSeconds();
        const PlannerResult r = Planner::solve(*instance, options);
        const double cpu = cpuSeconds() - cpuBefore;
        const PlanEvaluation check =
            PlanChecker::check(*instance, Plan::fromAssignment(*instance, r.sessionOf));
        out << "| " << size.name << " | " << size.parameters.theatres << " | " << size.parameters.weeks
            << " | " << open << " / " << instance->sessions.size() << " | " << instance->cases.size() << " | "
            << r.cost << " | " << r.lowerBound << " | " << QString::number(r.gapPercent(), 'f', 2) << " | "
            << QString::number(r.seconds, 'f', 2) << " | " << QString::number(cpu, 'f', 2) << " | "
            << QString::number(peakMemoryKb() / 1024.0, 'f', 1) << " | " << r.baselineCost << " | "
            << (r.provenOptimal ? "yes" : "no") << (check.feasible() ? "" : " (INFEASIBLE)")
            << (r.timedOut ? " (time limit)" : "") << " |\n";
        out.flush();
    }
    return 0;
}
