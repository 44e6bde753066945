#include "dialogs/databasedialog.h"

#include "models/database/database.h"
#include "models/database/serveraddress.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString kLocationKey = QStringLiteral("database/location");
}

QString DatabaseDialog::savedLocation()
{
    return QSettings().value(kLocationKey).toString();
}

void DatabaseDialog::saveLocation(const QString &location)
{
    QSettings().setValue(kLocationKey, location); // an address never carries the password
}

QString DatabaseDialog::defaultFile(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(demo ? QStringLiteral("estatedesk-demo.sqlite") : QStringLiteral("estatedesk.sqlite"));
}

DatabaseDialog::DatabaseDialog(const QString &current, const QString &defaultFile, QWidget *parent)
    : FormDialog(parent), m_thisPc(new QRadioButton(tr("&This PC: the estate's data in a file here"), this)),
      m_server(new QRadioButton(tr("&Office server: the data on the office's PostgreSQL server"), this)),
      m_fileBox(new QWidget(this)), m_serverBox(new QWidget(this)), m_file(new QLineEdit(this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_testResult(new QLabel(this))
{
    setWindowTitle(tr("Database"));
    auto *intro = new QLabel(tr("Where does this PC keep the estate's data? One PC on its own keeps it in a file; "
                                "the PCs of an office share it on the office server."),
                             this);
    intro->setWordWrap(true);
    formLayout()->addWidget(intro);

    m_thisPc->setObjectName(QStringLiteral("thisPc"));
    m_server->setObjectName(QStringLiteral("officeServer"));
    m_file->setObjectName(QStringLiteral("databaseFile"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keychain or the pgpass file if empty"));
    m_database->setPlaceholderText(QStringLiteral("estatedesk"));
    m_host->setPlaceholderText(QStringLiteral("192.168.1.10"));

    formLayout()->addWidget(m_thisPc);
    auto *fileForm = new QFormLayout(m_fileBox);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("&Browse..."), m_fileBox);
    browse->setObjectName(QStringLiteral("browseFile"));
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), m_fileBox);
    fileLabel->setBuddy(m_file);
    fileForm->addRow(fileLabel, fileRow);
    formLayout()->addWidget(m_fileBox);

    formLayout()->addWidget(m_server);
    auto *serverForm = new QFormLayout(m_serverBox);
    serverForm->addRow(tr("Ser&ver:"), m_host);
    serverForm->addRow(tr("Po&rt:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("Pass&word:"), m_password);
    formLayout()->addWidget(m_serverBox);
    registerField(m_host, {tr("Server")});
    registerField(m_port, {tr("Port")});
    registerField(m_database, {tr("Database")});
    registerField(m_user, {tr("User")});
    registerField(m_file, {tr("File")});

    auto *testRow = new QHBoxLayout;
    auto *test = new QPushButton(tr("Te&st connection"), this);
    test->setObjectName(QStringLiteral("testConnection"));
    testRow->addWidget(test);
    testRow->addWidget(m_testResult, 1);
    m_testResult->setWordWrap(true);
    formLayout()->addLayout(testRow);
    finishLayout();
    setMinimumWidth(520);

    if (const auto address = ServerAddress::parse(current)) {
        m_server->setChecked(true);
        m_host->setText(address->host);
        m_port->setValue(address->port);
        m_database->setText(address->database);
        m_user->setText(address->user);
        m_file->setText(QDir::toNativeSeparators(defaultFile));
    } else {
        m_thisPc->setChecked(true);
        m_file->setText(QDir::toNativeSeparators(current.isEmpty() ? defaultFile : current));
    }
    connect(m_thisPc, &QRadioButton::toggled, this, &DatabaseDialog::updateEnabled);
    connect(browse, &QPushButton::clicked, this, &DatabaseDialog::chooseFile);
    connect(test, &QPushButton::clicked, this, &DatabaseDialog::testConnection);
    updateEnabled();
    (m_thisPc->isChecked() ? static_cast<QWidget *>(m_thisPc) : m_host)->setFocus(Qt::OtherFocusReason);
}

QString DatabaseDialog::location() const
{
    if (m_thisPc->isChecked())
        return QDir::fromNativeSeparators(m_file->text().trimmed());
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    return address.toString();
}

QString DatabaseDialog::password() const
{
    return m_thisPc->isChecked() ? QString() : m_password->text();
}

void DatabaseDialog::updateEnabled()
{
    m_fileBox->setEnabled(m_thisPc->isChecked());
    m_serverBox->setEnabled(m_server->isChecked());
    m_testResult->clear();
}

void DatabaseDialog::chooseFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), m_file->text(),
                                                      tr("EstateDesk database (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

bool DatabaseDialog::checkFields()
{
    clearError();
    if (m_thisPc->isChecked()) {
        if (m_file->text().trimmed().isEmpty()) {
            showError(tr("File: give the database file, e.g. %1.")
                          .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("estatedesk.sqlite")))),
                      m_file);
            return false;
        }
        return true;
    }
    ServerAddress address;
    address.host = m_host->text();
    address.port = m_port->value();
    address.database = m_database->text();
    address.user = m_user->text();
    if (Status s = address.check(); !s) {
        showFieldError(s.error());
        return false;
    }
    return true;
}

bool DatabaseDialog::testConnection()
{
    if (!checkFields()) {
        m_testResult->clear();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QString> verdict = Database::probe(location(), password());
    QApplication::restoreOverrideCursor();
    if (!verdict) {
        m_testResult->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_testResult->setText(verdict.error());
        return false;
    }
    m_testResult->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    m_testResult->setText(*verdict);
    return true;
}

void DatabaseDialog::accept()
{
    if (!checkFields())
        return;
    if (m_server->isChecked() && !testConnection()) {
        showError(tr("The office server could not be used: %1").arg(m_testResult->text()), m_host);
        return;
    }
    FormDialog::accept();
}
