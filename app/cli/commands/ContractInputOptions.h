#pragma once

#include "Result.h"
#include "theatre/Instance.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace wp::cli {

/// The rescheduling contract's inputs as command-line options (`--sessions`, `--cases`,
/// `--turnover`), shared by `reschedule` and `check-plan` so both read and validate them
/// the same way.
class ContractInputOptions
{
    Q_DECLARE_TR_FUNCTIONS(ContractInputOptions)

public:
    ContractInputOptions();
    /// Adds the three options to `parser`.
    void addTo(QCommandLineParser& parser) const;
    /// Reads both files after checking that they are given and that the turnover is valid;
    /// every error is bad input (exit code 2).
    Result<theatre::Instance> read(const QCommandLineParser& parser) const;
    /// `--turnover` from 0 to a day's minutes, 15 when not given (also for `theatre import`).
    static Result<qint64> readTurnover(const QCommandLineParser& parser);
    static constexpr qint64 defaultTurnover = 15;
    static constexpr qint64 maximumTurnover = 1440;

private:
    QCommandLineOption m_sessions;
    QCommandLineOption m_cases;
    QCommandLineOption m_turnover;
};

} // namespace wp::cli
