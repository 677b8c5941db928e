#include "ExitStatus.h"

namespace wp::cli {

ExitStatus exitStatusFor(const Error& error, ErrorSource source)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
    case Error::Code::NotFound:
        return ExitBadInput;
    case Error::Code::Conflict:
    case Error::Code::NewerSchema:
        return ExitRefused;
    case Error::Code::PermissionDenied:
    case Error::Code::AuthenticationFailed:
        return ExitDenied;
    case Error::Code::Locked:
        return ExitBusy;
    case Error::Code::Corrupt:
        return source == ErrorSource::InputFile ? ExitBadInput : ExitDamaged;
    case Error::Code::Io:
    case Error::Code::Cancelled:
    case Error::Code::Generic:
        break;
    }
    // An error nobody classified did not complete for a reason outside the input: say so as a
    // failure to complete rather than as bad input, which would send the user after a typo.
    return ExitIoFailure;
}

} // namespace wp::cli
