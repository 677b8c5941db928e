// The theatre contract (shared/specs/theatre-rescheduling.md): sessions.csv, cases.csv and a
// plan, given as one input split at lines "=====" (see the seeds made by CMakeLists.txt).
// A valid instance is checked against the plan as check-plan does.

#include "FuzzLaptop.h"
#include "theatre/InstanceReader.h"
#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wp::theatre;
    const QByteArray input = wp::fuzz::bytes(data, size);
    const QList<QByteArray> parts = input.split('\n');
    QByteArray files[3];
    int current = 0;
    for (const QByteArray& line : parts) {
        if (line == "=====" && current < 2) {
            ++current;
            continue;
        }
        files[current] += line;
        files[current] += '\n';
    }
    auto instance = InstanceReader::fromData(files[0], QStringLiteral("sessions.csv"), files[1],
                                             QStringLiteral("cases.csv"), 15);
    auto plan = PlanFile::fromData(files[2], QStringLiteral("plan.csv"));
    if (instance && plan) {
        (void)PlanChecker::check(*instance, *plan);
    }
    return 0;
}
