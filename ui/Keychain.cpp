#include "Keychain.h"

#include "Dialect.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace steward::keychain {

namespace {

const QString kService = QStringLiteral("steward");

/// Runs @p job to its end (or 5 s); true if it succeeded.
bool run(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec();
    if (!done) {
        if (error)
            *error = QCoreApplication::translate("steward::keychain", "the keychain did not answer");
        return false;
    }
    if (job->error() != QKeychain::NoError) {
        if (error)
            *error = job->errorString();
        return false;
    }
    return true;
}

} // namespace

QString readPassword(const QString &location, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(dialect::displayLocation(location));
    return run(&job, error) ? job.textData() : QString();
}

bool writePassword(const QString &location, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(dialect::displayLocation(location));
    job.setTextData(password);
    return run(&job, error);
}

bool deletePassword(const QString &location, QString *error)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(dialect::displayLocation(location));
    return run(&job, error);
}

} // namespace steward::keychain
