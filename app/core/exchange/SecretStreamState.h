#pragma once

#include <sodium.h>

namespace wp::exchange {

/// The libsodium stream state, wiped when released (it holds key material).
struct SecretStreamState
{
    crypto_secretstream_xchacha20poly1305_state state{};
    ~SecretStreamState() { sodium_memzero(&state, sizeof state); }
};

} // namespace wp::exchange
