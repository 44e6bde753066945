#include "models/domain/pinyin.h"
#include "models/domain/validation.h"

#include <QTest>

// SPEC 11. The ID numbers are the examples printed in GB 11643-1999 and hand-checked ones.
class TestValidation : public QObject
{
    Q_OBJECT

private:
    const QDate today{2026, 3, 1};

private slots:
    void residentId_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("reason"); // a word the refusal must contain

        QTest::newRow("standard example") << "11010519491231002X" << true << "11010519491231002X" << false << "";
        QTest::newRow("lower-case x") << "11010519491231002x" << true << "11010519491231002X" << false << "";
        QTest::newRow("full-width digits and spaces")
            << QStringLiteral("４４０５２４ 18800101 0014") << true << "440524188001010014" << false << "";
        QTest::newRow("wrong check digit") << "110105194912310021" << false << "" << false << "check";
        QTest::newRow("check digit X where 4 belongs") << "44052418800101001X" << false << "" << false << "check";
        QTest::newRow("31 February") << "110105194902310026" << false << "" << false << "real date";
        QTest::newRow("too short") << "1101051949123100" << false << "" << false << "18";
        QTest::newRow("letter inside") << "1101051949A231002X" << false << "" << false << "digits";
        QTest::newRow("legacy 15 digits") << "110105491231002" << true << "110105491231002" << true << "";
        QTest::newRow("legacy with impossible date") << "110105491332002" << false << "" << false << "real date";
        QTest::newRow("empty") << "" << false << "" << false << "missing";
    }
    void residentId()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        QFETCH(bool, legacy);
        QFETCH(QString, reason);
        const auto result = Validation::checkResidentId(input, today);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result->number, stored);
            QCOMPARE(result->legacy, legacy);
        } else {
            QVERIFY2(result.error().startsWith(QStringLiteral("ID number:")), qPrintable(result.error()));
            QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
        }
    }
    void residentIdBirthDate()
    {
        const auto id = Validation::checkResidentId(QStringLiteral("11010519491231002X"), today);
        QVERIFY(id.ok());
        QCOMPARE(id->birthDate, QDate(1949, 12, 31));
        // Valid check digit, but born after "today".
        const auto future = Validation::checkResidentId(QStringLiteral("11010519491231002X"), QDate(1949, 12, 30));
        QVERIFY(!future.ok());
        QVERIFY2(future.error().contains(QStringLiteral("future")), qPrintable(future.error()));
        // The field name given by the caller is the one named.
        const auto named = Validation::checkResidentId(QStringLiteral("110105194912310021"), today,
                                                       QStringLiteral("证件号码"));
        QVERIFY(named.error().startsWith(QStringLiteral("证件号码:")));
    }

    void mobile_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << "13800138000" << "13800138000";
        QTest::newRow("+86 and spaces") << "+86 138 0013 8000" << "13800138000";
        QTest::newRow("86 prefix") << "8613800138000" << "13800138000";
        QTest::newRow("dashes") << "138-0013-8000" << "13800138000";
        QTest::newRow("full-width") << QStringLiteral("１３９１２３４５６７８") << "13912345678";
        QTest::newRow("full-width plus") << QStringLiteral("＋８６ １９９ ００００ ０１１１") << "19900000111";
        QTest::newRow("starts with 12") << "12800138000" << "";
        QTest::newRow("ten digits") << "1380013800" << "";
        QTest::newRow("letters") << "1380013800a" << "";
        QTest::newRow("empty") << "" << "";
    }
    void mobile()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = Validation::normalizeMobile(input);
        QCOMPARE(result.ok(), !expected.isEmpty());
        if (result)
            QCOMPARE(result.value(), expected);
        else
            QVERIFY2(result.error().startsWith(QStringLiteral("Mobile:")), qPrintable(result.error()));
    }

    void landline_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Beijing") << "010-12345678" << "010-12345678";
        QTest::newRow("Shenzhen 8 digits") << "0755-12345678" << "0755-12345678";
        QTest::newRow("7 digits") << "0371-1234567" << "0371-1234567";
        QTest::newRow("no dash, two-digit area") << "02112345678" << "021-12345678";
        QTest::newRow("no dash, three-digit area") << "075512345678" << "0755-12345678";
        QTest::newRow("brackets") << "(0755) 1234 5678" << "0755-12345678";
        QTest::newRow("extension with 转") << QStringLiteral("0755-12345678转123") << "0755-12345678-123";
        QTest::newRow("extension with dash") << "0755-12345678-8001" << "0755-12345678-8001";
        QTest::newRow("no leading 0") << "755-12345678" << "";
        QTest::newRow("too short") << "0755-123456" << "";
        QTest::newRow("too long") << "0755-123456789" << "";
    }
    void landline()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = Validation::normalizeLandline(input);
        QCOMPARE(result.ok(), !expected.isEmpty());
        if (result)
            QCOMPARE(result.value(), expected);
        else
            QVERIFY2(result.error().startsWith(QStringLiteral("Landline:")), qPrintable(result.error()));
    }

    // The one check behind every field that takes either kind: the reason fits what was typed.
    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("reason");   // part of the refusal
        QTest::newRow("mobile") << "138 0013 8000" << "13800138000" << "";
        QTest::newRow("mobile +86") << "+86 139 1234 5678" << "13912345678" << "";
        QTest::newRow("landline") << "0755-12345678" << "0755-12345678" << "";
        QTest::newRow("landline with extension") << QStringLiteral("010 1234 5678 转 8") << "010-12345678-8" << "";
        QTest::newRow("five digits") << "12345" << "" << "a mobile number has 11 digits, \"12345\" has 5";
        QTest::newRow("short landline") << "0755-123" << "" << "\"123\" has 3, too few";
        QTest::newRow("short landline, no dash") << "0755123" << "" << "\"123\" has 3, too few";
        QTest::newRow("long landline") << "0755-123456789" << "" << "too many";
        QTest::newRow("five-digit area code") << "07551-1234567" << "" << "the area code \"07551\" has 3 or 4 digits";
        QTest::newRow("neither") << "555-1234" << "" << "neither a mobile number";
        QTest::newRow("letters") << "0755-ABCDEFG" << "" << "not digits";
    }
    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, reason);
        const auto result = Validation::normalizePhone(input, QStringLiteral("Phone"));
        QCOMPARE(result.ok(), !expected.isEmpty());
        if (result) {
            QCOMPARE(result.value(), expected);
            return;
        }
        QVERIFY2(result.error().startsWith(QStringLiteral("Phone:")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
        // 0755-123 is too short; it has its area code.
        QVERIFY2(!result.error().contains(QStringLiteral("write the area code")), qPrintable(result.error()));
    }

    void plate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("warning");
        QTest::newRow("middle dot, lower case") << QStringLiteral("粤b·12345") << QStringLiteral("粤B12345") << false;
        QTest::newRow("space") << QStringLiteral("粤B 12345") << QStringLiteral("粤B12345") << false;
        QTest::newRow("full-width") << QStringLiteral("粤Ｂ１２３４５") << QStringLiteral("粤B12345") << false;
        QTest::newRow("dot and dash") << QStringLiteral("京A.8K-3Z9") << QStringLiteral("京A8K3Z9") << false;
        QTest::newRow("new energy small") << QStringLiteral("沪AD12345") << QStringLiteral("沪AD12345") << false;
        QTest::newRow("new energy large") << QStringLiteral("沪A12345F") << QStringLiteral("沪A12345F") << false;
        QTest::newRow("trailer") << QStringLiteral("鲁B1234挂") << QStringLiteral("鲁B1234挂") << false;
        QTest::newRow("coach") << QStringLiteral("粤B1234学") << QStringLiteral("粤B1234学") << false;
        QTest::newRow("embassy") << QStringLiteral("使014578") << QStringLiteral("使014578") << false;
        QTest::newRow("armed police") << QStringLiteral("WJ京1234X") << QStringLiteral("WJ京1234X") << false;
        QTest::newRow("letter O in serial") << QStringLiteral("粤B1O345") << QStringLiteral("粤B1O345") << true;
        QTest::newRow("military") << QStringLiteral("VA12345") << QStringLiteral("VA12345") << false;
        QTest::newRow("unknown province") << QStringLiteral("甲 B12345") << QStringLiteral("甲B12345") << true;
        QTest::newRow("too short") << QStringLiteral("粤B1234") << QStringLiteral("粤B1234") << true;
    }
    void plate()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(bool, warning);
        const QString plate = Validation::normalizePlate(input);
        QCOMPARE(plate, normalized);
        const QString message = Validation::plateWarning(plate);
        QCOMPARE(!message.isEmpty(), warning);
        if (warning)
            QVERIFY2(message.startsWith(QStringLiteral("Plate:")) && message.contains(plate), qPrintable(message));
    }

    void date_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << "2024-03-01" << QDate(2024, 3, 1);
        QTest::newRow("slashes") << "2024/3/1" << QDate(2024, 3, 1);
        QTest::newRow("chinese") << QStringLiteral("2024年3月1日") << QDate(2024, 3, 1);
        QTest::newRow("chinese without 日") << QStringLiteral("2024年12月31") << QDate(2024, 12, 31);
        QTest::newRow("dots") << "2024.3.1" << QDate(2024, 3, 1);
        QTest::newRow("full-width") << QStringLiteral("２０２４／３／１") << QDate(2024, 3, 1);
        QTest::newRow("30 February") << "2024-02-30" << QDate();
        QTest::newRow("day first") << "1/3/2024" << QDate();
        QTest::newRow("words") << "tomorrow" << QDate();
    }
    void date()
    {
        QFETCH(QString, input);
        QFETCH(QDate, expected);
        const auto result = Validation::parseDate(input, QStringLiteral("Move-in date"));
        QCOMPARE(result.ok(), expected.isValid());
        if (result)
            QCOMPARE(result.value(), expected);
        else
            QVERIFY2(result.error().startsWith(QStringLiteral("Move-in date:")), qPrintable(result.error()));
    }

    void mask()
    {
        QCOMPARE(Validation::maskDocument(QStringLiteral("11010119800106123X")), QStringLiteral("110101********123X"));
        QCOMPARE(Validation::maskDocument(QStringLiteral("E12345678")), QStringLiteral("*****5678"));
        QCOMPARE(Validation::maskDocument(QString()), QString());
    }

    void pinyin_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("full");
        QTest::newRow("张三") << QStringLiteral("张三") << "zs" << "zhangsan";
        QTest::newRow("李晓梅") << QStringLiteral("李晓梅") << "lxm" << "lixiaomei";
        QTest::newRow("surname reading 单") << QStringLiteral("单田芳") << "stf" << "shantianfang";
        QTest::newRow("surname reading 曾") << QStringLiteral("曾国藩") << "zgf" << "zengguofan";
        QTest::newRow("latin name") << QStringLiteral("Tom Smith") << "ts" << "tomsmith";
        QTest::newRow("mixed") << QStringLiteral("王Amy") << "wa" << "wangamy";
    }
    void pinyin()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QFETCH(QString, full);
        const Pinyin::Spelling spelling = Pinyin::of(name);
        QCOMPARE(spelling.initials, initials);
        QCOMPARE(spelling.full, full);
    }
    void textLimitsAndInvisibleCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("reason"); // empty: accepted

        QTest::newRow("name") << QStringLiteral("欧阳 娜娜") << false << "";
        QTest::newRow("50 characters") << QString(50, QChar(0x5F20)) << false << "";
        QTest::newRow("51 characters") << QString(51, QChar(0x5F20)) << false << "at most 50";
        QTest::newRow("a character outside the BMP counts once")
            << (QString(49, QChar(0x5F20)) + QString::fromUcs4(U"\U00020000")) << false << "";
        QTest::newRow("right-to-left override") << QStringLiteral("张\u202E三") << false << "U+202E";
        QTest::newRow("left-to-right embedding") << QStringLiteral("\u202A张三") << false << "U+202A";
        QTest::newRow("first strong isolate") << QStringLiteral("张三\u2068") << false << "U+2068";
        QTest::newRow("right-to-left mark") << QStringLiteral("张\u200F三") << false << "U+200F";
        QTest::newRow("zero-width space") << QStringLiteral("张\u200B三") << false << "U+200B";
        QTest::newRow("bell") << QStringLiteral("张\a三") << false << "U+0007";
        QTest::newRow("delete") << QStringLiteral("张\x7F三") << false << "U+007F";
        QTest::newRow("lone surrogate") << (QStringLiteral("张") + QChar(0xD800)) << false << "U+D800";
        QTest::newRow("line break in a name") << QStringLiteral("张\n三") << false << "one line";
        QTest::newRow("tab in a name") << QStringLiteral("张\t三") << false << "one line";
        QTest::newRow("line breaks in notes") << QStringLiteral("第一行\r\n第二行\n\t第三行") << true << "";
        QTest::newRow("override in notes") << QStringLiteral("第一行\n\u202E第二行") << true << "U+202E";
        QTest::newRow("emoji sequence in notes") << QString::fromUtf8("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9") << true << "";
    }
    void textLimitsAndInvisibleCharacters()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(QString, reason);
        const Status s = Validation::checkText(text, QStringLiteral("Name"), Validation::MaxLength::name,
                                               multiLine ? Validation::TextKind::MultiLine
                                                         : Validation::TextKind::SingleLine);
        QCOMPARE(s.ok(), reason.isEmpty());
        if (!s.ok()) {
            QVERIFY2(s.error().startsWith(QStringLiteral("Name: ")), qPrintable(s.error()));
            QVERIFY2(s.error().contains(reason), qPrintable(s.error()));
        }
    }

    void platesRefusedOnlyWhenTheyCannotBePlates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("plate"); // empty: refused
        QTest::addColumn<QString>("reason");

        QTest::newRow("ordinary") << QStringLiteral("粤b·12345") << QStringLiteral("粤B12345") << "";
        QTest::newRow("full-width") << QStringLiteral("粤Ｂ１２３４５") << QStringLiteral("粤B12345") << "";
        QTest::newRow("unusual but possible") << QStringLiteral("XY12") << QStringLiteral("XY12") << "";
        QTest::newRow("embassy") << QStringLiteral("使123456") << QStringLiteral("使123456") << "";
        QTest::newRow("empty") << QStringLiteral(" · ") << QString() << "missing";
        QTest::newRow("punctuation") << QStringLiteral("粤B12$45") << QString() << "\"$\"";
        QTest::newRow("script") << QStringLiteral("<script>") << QString() << "\"<\"";
        QTest::newRow("override") << QStringLiteral("粤B\u202E54321") << QString() << "U+202E";
        QTest::newRow("control") << QStringLiteral("粤B1234\x01") << QString() << "U+0001";
        QTest::newRow("too long") << QStringLiteral("粤B1234567890") << QString() << "too long";
    }
    void platesRefusedOnlyWhenTheyCannotBePlates()
    {
        QFETCH(QString, input);
        QFETCH(QString, plate);
        QFETCH(QString, reason);
        const auto checked = Validation::checkPlate(input);
        QCOMPARE(checked.ok(), !plate.isEmpty());
        if (checked.ok()) {
            QCOMPARE(checked.value(), plate);
        } else {
            QVERIFY2(checked.error().startsWith(QStringLiteral("Plate: ")), qPrintable(checked.error()));
            QVERIFY2(checked.error().contains(reason), qPrintable(checked.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
