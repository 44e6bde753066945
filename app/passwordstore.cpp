#include "app/passwordstore.h"

#ifdef ESTATEDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#endif

namespace PasswordStore {
namespace {
const char *const kService = "EstateDesk";

#ifdef ESTATEDESK_HAVE_QTKEYCHAIN
// Runs a keychain job to its end (they report asynchronously).
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}
#endif
} // namespace

bool available()
{
#ifdef ESTATEDESK_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString read(const QString &location)
{
#ifdef ESTATEDESK_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job{QString::fromLatin1(kService)};
    job.setKey(location);
    if (runJob(job))
        return job.textData();
#else
    Q_UNUSED(location)
#endif
    return {};
}

bool write(const QString &location, const QString &password)
{
#ifdef ESTATEDESK_HAVE_QTKEYCHAIN
    QKeychain::WritePasswordJob job{QString::fromLatin1(kService)};
    job.setKey(location);
    job.setTextData(password);
    return runJob(job);
#else
    Q_UNUSED(location)
    Q_UNUSED(password)
    return false;
#endif
}

void forget(const QString &location)
{
#ifdef ESTATEDESK_HAVE_QTKEYCHAIN
    QKeychain::DeletePasswordJob job{QString::fromLatin1(kService)};
    job.setKey(location);
    runJob(job);
#else
    Q_UNUSED(location)
#endif
}

} // namespace PasswordStore
