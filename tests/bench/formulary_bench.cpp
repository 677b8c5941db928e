// Prescribing search as you type (issue 18): keystroke to list, through the real prescribing
// dialog (the search field's text change fills the results list and the look-alikes), over the
// demo formulary (177 drugs) and a generated 5,000-drug formulary. Target: under 20 ms.
// Usage: formulary_bench [ROUNDS]   (default 20; prints a table for docs/performance.md)

#include "clinical/forms/FormRegistry.h"
#include "demo/DemoHospital.h"
#include "entries/FormEntryService.h"
#include "formulary/FormularyStore.h"
#include "medication/PrescribeDialog.h"
#include "patients/PatientService.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wp;
using namespace wp::medication;

namespace {

/// A formulary of `n` drugs: the demo's, then generated names from syllables (deterministic),
/// with brands, synonyms and look-alikes like a real list.
QList<FormularyDrug> generated(const QList<FormularyDrug>& demo, int n)
{
    static const char* syllables[] = {"a",  "be", "ci", "do", "fu", "ga", "li", "mo", "na", "pra",
                                      "ro", "sa", "te", "vo", "xa", "zo", "lo", "mi", "ne", "tri"};
    static const char* endings[] = {"mab",    "pril",    "sartan", "olol",    "azole",  "cilline",
                                    "mycine", "statine", "parine", "oxacine", "dipine", "tidine"};
    QList<FormularyDrug> out = demo;
    std::uint32_t state = 12345;
    const auto next = [&state](std::uint32_t mod) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % mod;
    };
    while (out.size() < n) {
        const FormularyDrug& model =
            demo.at(static_cast<qsizetype>(next(static_cast<std::uint32_t>(demo.size()))));
        FormularyDrug d = model;
        QString name;
        for (std::uint32_t k = 0, parts = 2 + next(2); k < parts; ++k) {
            name += QString::fromLatin1(syllables[next(20)]);
        }
        name += QString::fromLatin1(endings[next(12)]);
        d.code = QStringLiteral("G%1").arg(out.size(), 5, 10, QLatin1Char('0'));
        d.inn = name;
        d.brand = name.left(4).toUpper() + QString::fromLatin1(syllables[next(20)]);
        d.synonyms = {name + QStringLiteral("e"), d.brand};
        d.lookAlikes = {out.at(static_cast<qsizetype>(next(static_cast<std::uint32_t>(out.size())))).inn};
        out << d;
    }
    return out;
}

struct Timing
{
    double medianMs = 0;
    double p95Ms = 0;
    double maxMs = 0;
    int keystrokes = 0;
};

/// Types each query letter by letter into the dialog's search field, `rounds` times.
Timing typeQueries(gui::PrescribeDialog& dialog, const QStringList& queries, int rounds)
{
    std::vector<double> ms;
    for (int r = 0; r < rounds; ++r) {
        for (const QString& q : queries) {
            for (int len = 1; len <= q.size(); ++len) {
                QElapsedTimer t;
                t.start();
                dialog.search()->setText(q.left(len));
                QApplication::processEvents();
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            }
            dialog.search()->clear();
        }
    }
    std::sort(ms.begin(), ms.end());
    Timing out;
    out.keystrokes = static_cast<int>(ms.size());
    out.medianMs = ms[ms.size() / 2];
    out.p95Ms = ms[ms.size() * 95 / 100];
    out.maxMs = ms.back();
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(14, 10)));
    auto ws = Workspace::open(dir.path(), clock);
    if (!ws || !DemoHospital::create(**ws)) {
        std::fprintf(stderr, "cannot create the demo hospital\n");
        return 1;
    }
    ws->get()->setCurrentUser(*UserService(**ws).find(QStringLiteral("dr.martin")));
    auto patients = PatientService(**ws).list();
    auto demo = FormularyStore(**ws).load();
    if (!demo || demo->isEmpty()) {
        std::fprintf(stderr, "no demo formulary\n");
        return 1;
    }
    clinical::FormRegistry forms;
    forms.reload();
    FormEntryService entries(**ws, forms);
    const QString patientId = patients && !patients->isEmpty() ? patients->first().id : QString();
    const QStringList queries{QStringLiteral("amoxicilline"), QStringLiteral("lovenox"),
                              QStringLiteral("morphine lp"),  QStringLiteral("paracétamol"),
                              QStringLiteral("insuline"),     QStringLiteral("kcl")};
    std::printf(
        "| formulary | drugs | keystrokes | median ms | p95 ms | max ms |\n|---|---|---|---|---|---|\n");
    const Formulary big(generated(demo->drugs(), 5000));
    for (const auto& [label, formulary] : {std::pair<const char*, const Formulary*>{"demo", &*demo},
                                           std::pair<const char*, const Formulary*>{"generated", &big}}) {
        gui::PrescribeDialog dialog(**ws, entries, *formulary, patientId);
        dialog.show();
        QApplication::processEvents();
        const Timing t = typeQueries(dialog, queries, rounds);
        std::printf("| %s, keystroke to list | %d | %d | %.2f | %.2f | %.2f |\n", label, formulary->size(),
                    t.keystrokes, t.medianMs, t.p95Ms, t.maxMs);
        // The core search alone, for comparison: what the list waits for.
        std::vector<double> core;
        std::size_t found = 0;
        for (int r = 0; r < rounds; ++r) {
            for (const QString& q : queries) {
                for (int len = 1; len <= q.size(); ++len) {
                    QElapsedTimer timer;
                    timer.start();
                    found += static_cast<std::size_t>(formulary->search(q.left(len), 30).size());
                    core.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                }
            }
        }
        std::sort(core.begin(), core.end());
        std::printf("| %s, search only | %d | %zu | %.2f | %.2f | %.2f |\n", label, formulary->size(),
                    core.size(), core[core.size() / 2], core[core.size() * 95 / 100], core.back());
        if (found == 0) {
            return 1; // the queries must find something, or the figures mean nothing
        }
    }
    return 0;
}
