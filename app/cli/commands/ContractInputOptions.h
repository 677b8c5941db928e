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

private:
    QCommandLineOption m_sessions;
    QCommandLineOption m_cases;
    QCommandLineOption m_turnover;
};

} // namespace wp::cli
