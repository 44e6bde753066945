#pragma once

#include "dialogs/formdialog.h"

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

// Where this PC finds the estate's data: a database file on this PC, or the office's
// PostgreSQL server (address, user and password), with a connection test that changes
// nothing. Shown at the first start and from Settings → Database.
class DatabaseDialog : public FormDialog
{
    Q_OBJECT

public:
    // current: the file or postgresql:// address in use (empty at the first start);
    // defaultFile: the file offered for "this PC".
    DatabaseDialog(const QString &current, const QString &defaultFile, QWidget *parent = nullptr);

    // The database this PC opens when it is started without --db (the settings of this PC),
    // empty when none was chosen yet.
    static QString savedLocation();
    static void saveLocation(const QString &location);
    // The file of "this PC" when none is chosen: in the user's application data folder.
    static QString defaultFile(bool demo = false);

    // The chosen file or postgresql://USER@HOST:PORT/DB address (never with the password).
    QString location() const;
    // The password typed for the server (empty: libpq's usual places).
    QString password() const;
    // Runs the connection test and shows its outcome; false when it failed.
    bool testConnection();
    void accept() override;

private:
    void chooseFile();
    void updateEnabled();
    // Checks the fields; shows the reason on the field and returns false when one is wrong.
    bool checkFields();

    QRadioButton *m_thisPc;
    QRadioButton *m_server;
    QWidget *m_fileBox;
    QWidget *m_serverBox;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_testResult;
};
