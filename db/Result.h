#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wp {

/// A failure with a human-readable, already translated message. `code` lets callers
/// branch without parsing text (for example "newer schema" versus "corrupt file").
struct Error
{
    /// The kind of failure, generic on purpose (the CLI maps each to one exit status):
    /// InvalidInput and NotFound: the input or a name given is wrong (fix it and retry);
    /// Conflict: well-formed but refused by a rule or by the current state (already exists,
    /// not admitted, another hospital's data); PermissionDenied and AuthenticationFailed:
    /// the user's role, password or passphrase (also a wrong-password delay);
    /// Locked: held by another program (the data directory, a busy database); Corrupt:
    /// stored data is damaged; NewerSchema: written by a newer WhitePlan; Io: reading or
    /// writing failed (disk full, unreadable file); Generic: anything else.
    enum class Code {
        Generic,
        InvalidInput,
        NotFound,
        Conflict,
        PermissionDenied,
        AuthenticationFailed,
        Locked,
        Corrupt,
        NewerSchema,
        Io,
        Cancelled,
    };

    QString message;
    Code code = Code::Generic;

    Error() = default;
    explicit Error(QString text, Code c = Code::Generic) : message(std::move(text)), code(c) {}
};

/// The one error convention of WhitePlan: a value or an Error, never an exception.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString message, Error::Code code = Error::Code::Generic)
{
    return Error(std::move(message), code);
}

} // namespace wp
