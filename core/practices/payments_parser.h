#pragma once
// Reads the practice columns of "NHS Payments to General Practice" CSVs (2014-15 to 2022-23 layouts).

#include "core/common/result.h"
#include "core/practices/practice.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hub
{

// Header names vary by year ("PracticeCode", "Practice Code", "AveragePaymentPerRegisteredPatient_£"),
// so columns are matched on lowercase alphanumerics with any "_£" suffix dropped.
QString normalisePaymentsHeader(const QString &name);

// True when the header row has a practice code column.
bool looksLikePaymentsHeader(const QStringList &header);

Result<PracticeImport> parsePayments(const QByteArray &bytes, const QString &sourceName);

} // namespace hub
