#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

struct pg_result;

namespace wp::db {

/// RAII owner of one libpq result (PGresult): cleared on destruction. Move-only. Rows and
/// columns are 0-based; values are read as text (the client asks for text results).
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* result) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    std::int64_t int64(int row, int column) const;

private:
    pg_result* m_result = nullptr;
};

} // namespace wp::db
