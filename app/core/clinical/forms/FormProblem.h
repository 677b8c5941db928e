#pragma once

#include <QString>

namespace wp::clinical {

/// A form definition that could not be loaded: the file and what is wrong with it.
struct FormProblem
{
    QString file;    ///< full path (or resource path)
    QString message; ///< one problem per line, each starting with the file name
    bool operator==(const FormProblem&) const = default;
};

} // namespace wp::clinical
