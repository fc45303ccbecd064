#pragma once
// Hybrid logical clock for revision stamps. Every write stamps its row with
// "<millis:13 digits>.<counter:5 digits>@<office>", which sorts as text in
// causal order across offices; sync resolves conflicts "newest stamp wins".

#include <QString>
#include <cstdint>

namespace hub
{

struct RevisionStamp {
    std::int64_t millis = 0;
    std::int32_t counter = 0;
    QString office;

    QString toString() const;
    static bool parse(const QString &text, RevisionStamp *out);
};

class RevisionClock
{
public:
    explicit RevisionClock(QString office)
        : m_office(std::move(office))
    {
    }

    // Next stamp for a local write at wall time `nowMillis`.
    RevisionStamp tick(std::int64_t nowMillis);
    RevisionStamp tick();
    // Advance past a stamp seen from another office so later local writes sort after it.
    void observe(const RevisionStamp &seen);

    const QString &office() const { return m_office; }

private:
    QString m_office;
    std::int64_t m_millis = 0;
    std::int32_t m_counter = 0;
};

} // namespace hub
