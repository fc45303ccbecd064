#include "counter_file.h"

#include "test_support.h"

#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/records/record_store.h"
#include "database/sqlite/transaction.h"

namespace hubtest
{

void makeCounterFile(const QString &path, int practices, const QString &officeCode)
{
    using namespace hub::db;
    CreateOptions options;
    if (!officeCode.isEmpty())
        options.officeCode = officeCode;
    options.seedCatalogue = false;
    auto created = OfficeFile::create(path, options);
    INFO((created ? QString() : created.error().describe()).toStdString());
    REQUIRE(created.ok());
    OfficeFile &file = *created.value();
    WriteTransaction tx(file.connection());
    RecordStore store(file);
    for (int i = 1; i <= practices; ++i) {
        const QString ods = QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'));
        store.insert(QStringLiteral("practice"),
            { { QStringLiteral("ods_code"), ods }, { QStringLiteral("name"), QStringLiteral("Practice %1").arg(i) },
                { QStringLiteral("registered_patients"), 0 } },
            practiceId(ods));
    }
    tx.commit();
}

} // namespace hubtest
