#include "database/demo/demo_as_of.h"

#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

QDate demoAsOf(const OfficeFile &file)
{
    try {
        return QDate::fromString(file.setting(QString::fromLatin1(kDemoAsOfSetting)), Qt::ISODate);
    } catch (const SqlError &) {
        return {};
    }
}

QDate officeAsOf(const OfficeFile *file)
{
    return file ? officeAsOf(*file) : QDate::currentDate();
}

QDate officeAsOf(const OfficeFile &file)
{
    const QDate demo = demoAsOf(file);
    return demo.isValid() ? demo : QDate::currentDate();
}

Status setDemoAsOf(OfficeFile &file, const QDate &day)
{
    if (file.isDamaged())
        return file.writeRefusal();
    if (file.isReadOnly())
        return makeError(ErrorCode::ReadOnly, QStringLiteral("The office file is open read-only."));
    return guarded([&]() -> Status {
        WriteTransaction tx(file.connection());
        Statement st = file.connection().prepare(day.isValid()
                ? QStringLiteral("INSERT OR REPLACE INTO local_settings(key, value) VALUES (?1, ?2)")
                : QStringLiteral("DELETE FROM local_settings WHERE key = ?1"));
        st.bind(1, QString::fromLatin1(kDemoAsOfSetting));
        if (day.isValid())
            st.bind(2, day.toString(Qt::ISODate));
        st.exec();
        tx.commit();
        return {};
    });
}

} // namespace hub::db
