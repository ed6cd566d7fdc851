<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>A4Document</name>
    <message>
        <source>The document could not be printed.</source>
        <translation>تعذرت طباعة الوثيقة.</translation>
    </message>
</context>
<context>
    <name>AppointmentCommand</name>
    <message>
        <source>Usage: jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]</source>
        <translation>الاستعمال: jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]</translation>
    </message>
    <message>
        <source>appointment slots needs --case, --service and --from.</source>
        <translation>الأمر appointment slots يتطلب --case و--service و--from.</translation>
    </message>
    <message>
        <source>--limit is a number of options, 1 or more.</source>
        <translation>الخيار --limit عدد من الاقتراحات، 1 على الأقل.</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment book --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]</source>
        <translation>الاستعمال: jisrctl appointment book --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]</translation>
    </message>
    <message>
        <source>appointment book needs --case, --service and --at.</source>
        <translation>الأمر appointment book يتطلب --case و--service و--at.</translation>
    </message>
    <message>
        <source>--at is a date and time written YYYY-MM-DDTHH:MM: %1</source>
        <translation>الخيار --at تاريخ ووقت بالصيغة YYYY-MM-DDTHH:MM: %1</translation>
    </message>
    <message>
        <source>Booked: %1 %2</source>
        <translation>تم حجز الموعد: %1 %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment list --date D</source>
        <translation>الاستعمال: jisrctl appointment list --date D</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment %1 ID</source>
        <translation>الاستعمال: jisrctl appointment %1 ID</translation>
    </message>
    <message>
        <source>--by is person or centre.</source>
        <translation>الخيار --by قيمته person أو centre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]
       jisrctl appointment book --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]
       jisrctl appointment list --date D | check-in ID | start ID | done ID | cancel ID --reason R [--following] | no-show ID
       jisrctl appointment series --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM --count N [--every-days 7]
       jisrctl appointment slip ID --pdf FILE [--format a6|receipt]
       jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE</source>
        <translation>الاستعمال: jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]
       jisrctl appointment book --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]
       jisrctl appointment list --date D | check-in ID | start ID | done ID | cancel ID --reason R [--following] | no-show ID
       jisrctl appointment series --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM --count N [--every-days 7]
       jisrctl appointment slip ID --pdf FILE [--format a6|receipt]
       jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment cancel ID --reason R [--by person|centre] [--following]</source>
        <translation>الاستعمال: jisrctl appointment cancel ID --reason R [--by person|centre] [--following]</translation>
    </message>
</context>
<context>
    <name>AppointmentLabels</name>
    <message>
        <source>Expected</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في قاعة الانتظار</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>في الفحص</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>مؤجل</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 س %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A span of time: &quot;09:00 – 09:45&quot; in French, &quot;من 09:00 إلى 09:45&quot; in Arabic.</extracomment>
        <translation>من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>AppointmentPrintCommand</name>
    <message>
        <source>Usage: jisrctl appointment slip ID --pdf FILE [--format a6|receipt]</source>
        <translation>الاستعمال: jisrctl appointment slip ID --pdf FILE [--format a6|receipt]</translation>
    </message>
    <message>
        <source>--format is a6 or receipt.</source>
        <translation>قيمة ‎--format هي a6 أو receipt.</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE</source>
        <translation>الاستعمال: jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE</translation>
    </message>
</context>
<context>
    <name>AppointmentPrintSource</name>
    <message>
        <source>This appointment was cancelled or moved: it has no slip to print.</source>
        <translation>أُلغي هذا الموعد أو غُيّر: لا توجد ورقة موعد لطبعها.</translation>
    </message>
    <message>
        <source>No practitioner has this id.</source>
        <translation>لا يوجد أي متدخل بهذا المعرف.</translation>
    </message>
</context>
<context>
    <name>AppointmentPrinting</name>
    <message>
        <source>Appointment slip</source>
        <translation>ورقة الموعد</translation>
    </message>
    <message>
        <source>Save the appointment slip</source>
        <translation>حفظ ورقة الموعد</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>Save the list of the day</source>
        <translation>حفظ لائحة اليوم</translation>
    </message>
</context>
<context>
    <name>AppointmentSeriesCommand</name>
    <message>
        <source>Usage: jisrctl appointment series --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM --count N [--every-days 7] [--json]</source>
        <translation>الاستعمال: jisrctl appointment series --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM --count N [--every-days 7] [--json]</translation>
    </message>
    <message>
        <source>--at is a date and time written YYYY-MM-DDTHH:MM: %1</source>
        <translation>‎--at تاريخ وساعة بصيغة YYYY-MM-DDTHH:MM: %1</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>تم التغيير: %1</translation>
    </message>
    <message>
        <source>--by is person or centre.</source>
        <translation>قيمة ‎--by هي person أو centre.</translation>
    </message>
    <message>
        <source>Appointments cancelled: %1</source>
        <translation>المواعيد الملغاة: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentSlipRenderer</name>
    <message>
        <source>The appointment slip could not be printed.</source>
        <translation>تعذر طبع ورقة الموعد.</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>ورقة الموعد</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>There is no such user.</source>
        <translation>هذا المستخدم غير موجود.</translation>
    </message>
    <message>
        <source>--%1 takes a date (dd/MM/yyyy).</source>
        <translation>الخيار --%1 يتطلب تاريخا (يوم/شهر/سنة).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيدين.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيود.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيدا.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1: %2</source>
        <translation>تم تغيير سجل التدقيق عند الإدخال %1: %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl audit export FILE.csv [--user L] [--case D] [--from D] [--to D]</source>
        <translation>الاستعمال: jisrctl audit export FILE.csv [--user L] [--case D] [--from D] [--to D]</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>تم تصدير %n قيد.</numerusform>
            <numerusform>تم تصدير %n قيد.</numerusform>
            <numerusform>تم تصدير %n قيدين.</numerusform>
            <numerusform>تم تصدير %n قيود.</numerusform>
            <numerusform>تم تصدير %n قيدا.</numerusform>
            <numerusform>تم تصدير %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN audit verify|list|export ...</source>
        <translation>الاستعمال: jisrctl --user LOGIN audit verify|list|export ...</translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN audit verify</source>
        <translation>الاستعمال: jisrctl --user LOGIN audit verify</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>تعذرت الكتابة في الملف %1.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>عدد كبير من المحاولات الفاشلة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>عدد كبير من المحاولات الفاشلة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>عدد كبير من المحاولات الفاشلة. أعد المحاولة بعد %n ثانيتين.</numerusform>
            <numerusform>عدد كبير من المحاولات الفاشلة. أعد المحاولة بعد %n ثوان.</numerusform>
            <numerusform>عدد كبير من المحاولات الفاشلة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>عدد كبير من المحاولات الفاشلة. أعد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator of the centre.</source>
        <translation>هذا الحساب معطل. اتصل بأحد مسؤولي المركز.</translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>حجم الملف يتجاوز %1 ميغابايت.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a pipe): choose a file.</source>
        <translation>‏%1 ليس ملفا عاديا (بل مجلد أو جهاز أو أنبوب): اختر ملفا.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>تعذر فتح الملف %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>تعذرت قراءة الملف %1.</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>This is not a list of keys exported by jisrctl card keys --json.</source>
        <translation>هذه ليست قائمة مفاتيح صدّرها الأمر jisrctl card keys --json.</translation>
    </message>
    <message>
        <source>%1  %2  copy %3  valid %4 to %5</source>
        <translation>%1  %2  النسخة %3  صالحة من %4 إلى %5</translation>
    </message>
    <message>
        <source>Usage: jisrctl card issue DOSSIER [--json]</source>
        <translation>الاستعمال: jisrctl card issue DOSSIER [--json]</translation>
    </message>
    <message>
        <source>Usage: jisrctl card print CARD --pdf FILE [--reason R]</source>
        <translation>الاستعمال: jisrctl card print CARD --pdf FILE [--reason R]</translation>
    </message>
    <message>
        <source>Usage: jisrctl card verify PAYLOAD | --image PNG [--keys FILE]</source>
        <translation>الاستعمال: jisrctl card verify PAYLOAD | --image PNG [--keys FILE]</translation>
    </message>
    <message>
        <source>%1  %2 / %3  valid until %4</source>
        <translation>%1  %2 / %3  صالحة إلى غاية %4</translation>
    </message>
    <message>
        <source>Usage: jisrctl card list [--expiring DAYS] [--state S] [--json]</source>
        <translation>الاستعمال: jisrctl card list [--expiring DAYS] [--state S] [--json]</translation>
    </message>
    <message>
        <source>--expiring expects a number of days.</source>
        <translation>ينتظر --expiring عددا من الأيام.</translation>
    </message>
    <message>
        <source>Usage: jisrctl card void CARD --reason R</source>
        <translation>الاستعمال: jisrctl card void CARD --reason R</translation>
    </message>
    <message>
        <source>Usage: jisrctl card deliver CARD --receipt signature|thumbprint</source>
        <translation>الاستعمال: jisrctl card deliver CARD --receipt signature|thumbprint</translation>
    </message>
    <message>
        <source>Usage: jisrctl card issue|print|verify|list|void|revoke|deliver|keys ...</source>
        <translation>الاستعمال: jisrctl card issue|print|verify|list|void|revoke|deliver|keys ...</translation>
    </message>
    <message>
        <source>Usage: jisrctl card revoke CARD --reason R</source>
        <translation>الاستعمال: jisrctl card revoke CARD --reason R</translation>
    </message>
    <message>
        <source>Usage: jisrctl card keys [--rotate] [--json]</source>
        <translation>الاستعمال: jisrctl card keys [--rotate] [--json]</translation>
    </message>
</context>
<context>
    <name>CardNumberBlockStore</name>
    <message>
        <source>This block of card numbers is not valid.</source>
        <translation>كتلة أرقام البطائق هذه غير صالحة.</translation>
    </message>
    <message>
        <source>This block of card numbers overlaps a block already received.</source>
        <translation>كتلة أرقام البطائق هذه تتداخل مع كتلة سبق استلامها.</translation>
    </message>
    <message>
        <source>This workstation has used all its card numbers: synchronise to receive a new block.</source>
        <translation>استنفد هذا المركز كل أرقام البطائق المخصصة له: قم بالمزامنة لتلقي كتلة جديدة.</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message>
        <source>The card could not be printed.</source>
        <translation>تعذرت طباعة البطاقة.</translation>
    </message>
</context>
<context>
    <name>CardSigningKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>تعذر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>The card signing key of this workstation cannot be read.</source>
        <translation>تتعذر قراءة مفتاح توقيع البطائق الخاص بهذا المركز.</translation>
    </message>
    <message>
        <source>The folder for the card signing key cannot be created.</source>
        <translation>يتعذر إنشاء مجلد مفتاح توقيع البطائق.</translation>
    </message>
    <message>
        <source>The card signing key of this workstation cannot be created.</source>
        <translation>يتعذر إنشاء مفتاح توقيع البطائق الخاص بهذا المركز.</translation>
    </message>
    <message>
        <source>The new card signing key could not be put in place.</source>
        <translation>تعذر وضع مفتاح توقيع البطاقات الجديد.</translation>
    </message>
    <message>
        <source>The old card signing key could not be removed.</source>
        <translation>تعذر حذف مفتاح توقيع البطاقات القديم.</translation>
    </message>
</context>
<context>
    <name>CardVerifier</name>
    <message>
        <source>This is not a Jisr card code, or it is damaged or cut short.</source>
        <translation>هذا ليس رمز بطاقة جسر، أو أنه تالف أو مبتور.</translation>
    </message>
    <message>
        <source>This card was signed by a key that is not in the list of known keys.</source>
        <translation>وُقّعت هذه البطاقة بمفتاح غير موجود في قائمة المفاتيح المعروفة.</translation>
    </message>
    <message>
        <source>The signature does not match: this card&apos;s data was changed.</source>
        <translation>التوقيع غير مطابق: لقد غُيّرت بيانات هذه البطاقة.</translation>
    </message>
    <message>
        <source>This card is genuine but has been revoked.</source>
        <translation>هذه البطاقة أصلية لكنها سُحبت.</translation>
    </message>
    <message>
        <source>This card is genuine but void: it was cancelled or replaced by a reprint.</source>
        <translation>هذه البطاقة أصلية لكنها ملغاة: أُلغيت أو عُوّضت بنسخة جديدة.</translation>
    </message>
    <message>
        <source>This card is genuine but expired.</source>
        <translation>هذه البطاقة أصلية لكن صلاحيتها انتهت.</translation>
    </message>
    <message>
        <source>This card is genuine but not valid yet.</source>
        <translation>هذه البطاقة أصلية لكنها ليست سارية بعد.</translation>
    </message>
    <message>
        <source>This card is genuine and valid.</source>
        <translation>هذه البطاقة أصلية وصالحة.</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Usage: jisrctl case show ID|DOSSIER</source>
        <translation>الاستعمال: jisrctl case show ID|DOSSIER</translation>
    </message>
    <message>
        <source>Dossier: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>المعرف: %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl case export FILE.csv</source>
        <translation>الاستعمال: jisrctl case export FILE.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) exported to %1</source>
        <translation>
            <numerusform>تم تصدير %n ملف إلى %1</numerusform>
            <numerusform>تم تصدير ملف واحد إلى %1</numerusform>
            <numerusform>تم تصدير ملفين إلى %1</numerusform>
            <numerusform>تم تصدير %n ملفات إلى %1</numerusform>
            <numerusform>تم تصدير %n ملفا إلى %1</numerusform>
            <numerusform>تم تصدير %n ملف إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: jisrctl case import FILE.csv [--dry-run] [--encoding E]</source>
        <translation>الاستعمال: jisrctl case import FILE.csv [--dry-run] [--encoding E]</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>لم يُستورد أي شيء: %n مشكلة في الملف.</numerusform>
            <numerusform>لم يُستورد أي شيء: مشكلة واحدة في الملف.</numerusform>
            <numerusform>لم يُستورد أي شيء: مشكلتان في الملف.</numerusform>
            <numerusform>لم يُستورد أي شيء: %n مشاكل في الملف.</numerusform>
            <numerusform>لم يُستورد أي شيء: %n مشكلة في الملف.</numerusform>
            <numerusform>لم يُستورد أي شيء: %n مشكلة في الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>للتحقق: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked (%1): all valid, nothing written (dry run).</source>
        <translation>
            <numerusform>تم فحص %n سطر (%1): كلها صحيحة، ولم يُكتب أي شيء (تجربة).</numerusform>
            <numerusform>تم فحص سطر واحد (%1): صحيح، ولم يُكتب أي شيء (تجربة).</numerusform>
            <numerusform>تم فحص سطرين (%1): كلاهما صحيح، ولم يُكتب أي شيء (تجربة).</numerusform>
            <numerusform>تم فحص %n أسطر (%1): كلها صحيحة، ولم يُكتب أي شيء (تجربة).</numerusform>
            <numerusform>تم فحص %n سطرا (%1): كلها صحيحة، ولم يُكتب أي شيء (تجربة).</numerusform>
            <numerusform>تم فحص %n سطر (%1): كلها صحيحة، ولم يُكتب أي شيء (تجربة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) imported (%1).</source>
        <translation>
            <numerusform>تم استيراد %n ملف (%1).</numerusform>
            <numerusform>تم استيراد ملف واحد (%1).</numerusform>
            <numerusform>تم استيراد ملفين (%1).</numerusform>
            <numerusform>تم استيراد %n ملفات (%1).</numerusform>
            <numerusform>تم استيراد %n ملفا (%1).</numerusform>
            <numerusform>تم استيراد %n ملف (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;line 3&quot; or &quot;file&quot;, %2 what is wrong there</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>%1 is &quot;line 3&quot; or &quot;file&quot;, %2 the CSV column, %3 what is wrong with it</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Usage: jisrctl case add --FIELD VALUE...</source>
        <translation>الاستعمال: jisrctl case add --FIELD VALUE...</translation>
    </message>
    <message>
        <source>Usage: jisrctl case add|show|export|import|photo|document|summary ...</source>
        <translation>الاستعمال: jisrctl case add|show|export|import|photo|document|summary ...</translation>
    </message>
</context>
<context>
    <name>CaseCsvExporter</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>تعذرت الكتابة في الملف %1.</translation>
    </message>
</context>
<context>
    <name>CaseCsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>العمود %1 مكرر.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are described in docs/csv-format.md.</source>
        <translation>عمود غير معروف «%1». الأعمدة موصوفة في docs/csv-format.md.</translation>
    </message>
    <message>
        <source>The column %1 is missing.</source>
        <translation>العمود %1 ناقص.</translation>
    </message>
    <message>
        <source>The column birth_date (or birth_year) is missing.</source>
        <translation>العمود birth_date (أو birth_year) ناقص.</translation>
    </message>
    <message>
        <source>A name column is missing (family_name_ar or family_name_lat).</source>
        <translation>عمود الاسم ناقص (family_name_ar أو family_name_lat).</translation>
    </message>
    <message>
        <source>This row has %1 fields instead of %2.</source>
        <translation>في هذا السطر %1 حقول بدل %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (dd/mm/yyyy).</source>
        <translation>«%1» ليس تاريخا (يوم/شهر/سنة).</translation>
    </message>
    <message>
        <source>This CIN is also on line %1 of the file.</source>
        <translation>رقم البطاقة الوطنية هذا موجود أيضا في السطر %1 من الملف.</translation>
    </message>
    <message>
        <source>This IDCS is also on line %1 of the file.</source>
        <translation>هذا المعرف المدني موجود أيضا في السطر %1 من الملف.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>في الملف سطر العناوين دون أي سطر بيانات.</translation>
    </message>
</context>
<context>
    <name>CaseDocumentSource</name>
    <message>
        <source>The committee has not decided on this evaluation yet: there is no letter to print.</source>
        <translation>لم تبت اللجنة بعد في هذا التقييم: لا توجد رسالة للطباعة.</translation>
    </message>
    <message>
        <source>This decision granted the card: a refusal letter is only for a refusal.</source>
        <translation>منح هذا القرار البطاقة: رسالة الرفض لا تحرر إلا في حالة الرفض.</translation>
    </message>
</context>
<context>
    <name>CaseFileValidator</name>
    <message>
        <source>Enter the name in Arabic or in Latin script.</source>
        <translation>أدخل الاسم بالحروف العربية أو اللاتينية.</translation>
    </message>
    <message>
        <source>The family name in Arabic is missing.</source>
        <translation>الاسم العائلي بالعربية ناقص.</translation>
    </message>
    <message>
        <source>The given name in Arabic is missing.</source>
        <translation>الاسم الشخصي بالعربية ناقص.</translation>
    </message>
    <message>
        <source>The family name in Latin script is missing.</source>
        <translation>الاسم العائلي بالحروف اللاتينية ناقص.</translation>
    </message>
    <message>
        <source>The given name in Latin script is missing.</source>
        <translation>الاسم الشخصي بالحروف اللاتينية ناقص.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>لا يتجاوز الاسم %1 حرفا.</translation>
    </message>
    <message>
        <source>A name can only contain letters, spaces, hyphens and apostrophes.</source>
        <translation>لا يحتوي الاسم إلا على الحروف والمسافات والشرطات والفواصل العليا.</translation>
    </message>
    <message>
        <source>This field expects the name in Arabic letters.</source>
        <translation>يتطلب هذا الحقل الاسم بالحروف العربية.</translation>
    </message>
    <message>
        <source>This field expects the name in Latin letters.</source>
        <translation>يتطلب هذا الحقل الاسم بالحروف اللاتينية.</translation>
    </message>
    <message>
        <source>This field can have at most %1 characters.</source>
        <translation>لا يتجاوز هذا الحقل %1 حرفا.</translation>
    </message>
    <message>
        <source>Enter a valid birth date (dd/mm/yyyy), or only the year if the date is unknown.</source>
        <translation>أدخل تاريخ ازدياد صحيحا (يوم/شهر/سنة)، أو السنة فقط إذا كان التاريخ مجهولا.</translation>
    </message>
    <message>
        <source>Enter the year of birth.</source>
        <translation>أدخل سنة الازدياد.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الازدياد في المستقبل.</translation>
    </message>
    <message>
        <source>The birth year must be 1900 or later.</source>
        <translation>يجب أن تكون سنة الازدياد 1900 أو بعدها.</translation>
    </message>
    <message>
        <source>This CIN looks unusual (expected 1-2 letters and 5-6 digits). Check it on the card.</source>
        <translation>رقم البطاقة الوطنية هذا غير مألوف (المنتظر حرف أو حرفان ثم 5 أو 6 أرقام). تحقق منه على البطاقة.</translation>
    </message>
    <message>
        <source>A CIN is one or two letters followed by digits, e.g. AB123456.</source>
        <translation>رقم البطاقة الوطنية حرف أو حرفان متبوعان بأرقام، مثلا AB123456.</translation>
    </message>
    <message>
        <source>The IDCS has exactly 10 digits.</source>
        <translation>يتكون المعرف المدني والاجتماعي من 10 أرقام بالضبط.</translation>
    </message>
    <message>
        <source>The RSU socio-economic index must be between 0 and 100.</source>
        <translation>يجب أن يكون المؤشر السوسيو-اقتصادي للسجل الاجتماعي الموحد بين 0 و100.</translation>
    </message>
    <message>
        <source>The date of the RSU index cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ مؤشر السجل الاجتماعي الموحد في المستقبل.</translation>
    </message>
    <message>
        <source>Enter the date of the RSU index.</source>
        <translation>أدخل تاريخ مؤشر السجل الاجتماعي الموحد.</translation>
    </message>
    <message>
        <source>The AMO number is missing for this regime.</source>
        <translation>رقم التأمين الإجباري عن المرض ناقص لهذا النظام.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>هذا الرقم طويل جدا.</translation>
    </message>
    <message>
        <source>Enter a Moroccan phone number, e.g. 06 12 34 56 78 or +212 6 12 34 56 78.</source>
        <translation>أدخل رقم هاتف مغربيا، مثلا 06 12 34 56 78 أو ‎+212 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>Unknown province or prefecture.</source>
        <translation>إقليم أو عمالة غير معروفة.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>اختر الجنس.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>وضعية غير معروفة.</translation>
    </message>
    <message>
        <source>Unknown AMO regime.</source>
        <translation>نظام تأمين غير معروف.</translation>
    </message>
    <message>
        <source>Unknown type of disability.</source>
        <translation>نوع إعاقة غير معروف.</translation>
    </message>
    <message>
        <source>Unknown severity.</source>
        <translation>درجة غير معروفة.</translation>
    </message>
    <message>
        <source>Unknown relation.</source>
        <translation>صلة قرابة غير معروفة.</translation>
    </message>
    <message>
        <source>A minor needs a guardian: enter the guardian&apos;s name.</source>
        <translation>القاصر يحتاج إلى ولي: أدخل اسم الولي.</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s relation to the person.</source>
        <translation>اختر صلة الولي بالشخص.</translation>
    </message>
</context>
<context>
    <name>CaseMediaCommand</name>
    <message>
        <source>Usage: jisrctl case photo DOSSIER FILE</source>
        <translation>الاستعمال: jisrctl case photo DOSSIER FILE</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>حُفظت الصورة.</translation>
    </message>
    <message>
        <source>Usage: jisrctl case document add DOSSIER FILE --type cin_copy|medical_report|social_inquiry|guardianship|other [--title T]</source>
        <translation>الاستعمال: jisrctl case document add DOSSIER FILE --type cin_copy|medical_report|social_inquiry|guardianship|other [--title T]</translation>
    </message>
</context>
<context>
    <name>CaseNoteService</name>
    <message>
        <source>This case file does not exist.</source>
        <translation>هذا الملف غير موجود.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>الملاحظة فارغة.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>لا تتجاوز الملاحظة %1 حرفا.</translation>
    </message>
    <message>
        <source>Choose the kind of note.</source>
        <translation>اختر نوع الملاحظة.</translation>
    </message>
    <message>
        <source>Explain the emergency in at least %1 characters: the reason is shown to the centre.</source>
        <translation>اشرح حالة الاستعجال في %1 حرفا على الأقل: يطلع المركز على السبب.</translation>
    </message>
</context>
<context>
    <name>CentreSetup</name>
    <message>
        <source>Unknown province code %1 (use an ISO 3166-2:MA code such as MA-RAB).</source>
        <translation>رمز إقليم غير معروف %1 (استعمل رمز ISO 3166-2:MA مثل MA-RAB).</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name.</source>
        <translation>أدخل اسم المركز.</translation>
    </message>
    <message>
        <source>The centre name is too long.</source>
        <translation>اسم المركز طويل جدا.</translation>
    </message>
    <message>
        <source>The centre&apos;s address or phone is too long.</source>
        <translation>عنوان المركز أو هاتفه طويل جدا.</translation>
    </message>
    <message>
        <source>A series is 2 to 4 letters or digits (no I, L, O or U).</source>
        <translation>تتكون السلسلة من 2 إلى 4 حروف أو أرقام (دون I وL وO وU).</translation>
    </message>
    <message>
        <source>This data folder already belongs to a centre of another province.</source>
        <translation>مجلد البيانات هذا تابع لمركز في إقليم آخر.</translation>
    </message>
    <message>
        <source>The first run also creates the centre&apos;s first administrator: enter their login, name and password.</source>
        <translation>التهيئة الأولى تنشئ أيضا أول مسؤول للمركز: أدخل اسم المستخدم والاسم وكلمة المرور.</translation>
    </message>
    <message>
        <source>This centre already has accounts: an administrator adds new ones.</source>
        <translation>لهذا المركز حسابات: يضيف المسؤول الحسابات الجديدة.</translation>
    </message>
    <message>
        <source>This centre already exists: only a new database can be a demo one.</source>
        <translation>هذا المركز موجود مسبقا: وحدها قاعدة بيانات جديدة يمكن أن تكون قاعدة للعرض التجريبي.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يتم تحديد أي أمر.</translation>
    </message>
    <message>
        <source>Usage: jisrctl [--data-dir DIR] [--json] [--user LOGIN] [--lang ar|fr] COMMAND
Commands:
  init --province CODE --centre NAME [--centre-ar NAME] --admin LOGIN --admin-name-fr N --admin-name-ar N [--demo]
  case add --FIELD VALUE... [--confirm-duplicate]      case show ID|DOSSIER
  case export FILE.csv           case import FILE.csv [--dry-run] [--encoding E]
  case photo DOSSIER FILE        case document add DOSSIER FILE --type T [--title T]
  evaluation open DOSSIER [--kind first|renewal|change]
  evaluation medical EVAL --impairment DOMAIN=0..4[,...] [--diagnosis T] [--icd10 C]
  evaluation social EVAL --participation DOMAIN=0..4[,...] [--environment FACTOR=barrier|facilitator[,...]]
  evaluation submit EVAL
  evaluation decide EVAL --eligible yes|no [--degree D] [--types T,...] --reference REF --date D [--reason T]
  card issue DOSSIER             card print CARD --pdf FILE [--reason R]
  card verify PAYLOAD|--image PNG card list [--expiring DAYS] [--state S]
  card void CARD --reason R      card deliver CARD --receipt R    card keys
  card revoke CARD --reason R    card keys --rotate
  evaluation letter EVAL --pdf FILE                case summary DOSSIER --pdf FILE
  search TEXT [--limit N]
  demo --cases N [--seed S] [--with-users] [--confirm-real-centre]
  user add|list|disable|enable|reset-password|passwd ...
  audit verify|list|export ...
  practitioner add|hours|absence ...   room add ...   closing add ...
  service add CODE ...   appointment slots|book|list|check-in|start|done|cancel|no-show ...
  appointment series|slip|day-list ...
The password comes from JISR_PASSWORD or standard input.</source>
        <translation>الاستعمال: jisrctl [--data-dir DIR] [--json] [--user LOGIN] [--lang ar|fr] COMMAND
الأوامر:
  init --province CODE --centre NAME [--centre-ar NAME] --admin LOGIN --admin-name-fr N --admin-name-ar N [--demo]
  case add --FIELD VALUE... [--confirm-duplicate]      case show ID|DOSSIER
  case export FILE.csv           case import FILE.csv [--dry-run] [--encoding E]
  case photo DOSSIER FILE        case document add DOSSIER FILE --type T [--title T]
  evaluation open DOSSIER [--kind first|renewal|change]
  evaluation medical EVAL --impairment DOMAIN=0..4[,...] [--diagnosis T] [--icd10 C]
  evaluation social EVAL --participation DOMAIN=0..4[,...] [--environment FACTOR=barrier|facilitator[,...]]
  evaluation submit EVAL
  evaluation decide EVAL --eligible yes|no [--degree D] [--types T,...] --reference REF --date D [--reason T]
  card issue DOSSIER             card print CARD --pdf FILE [--reason R]
  card verify PAYLOAD|--image PNG card list [--expiring DAYS] [--state S]
  card void CARD --reason R      card deliver CARD --receipt R    card keys
  card revoke CARD --reason R    card keys --rotate
  evaluation letter EVAL --pdf FILE                case summary DOSSIER --pdf FILE
  search TEXT [--limit N]
  demo --cases N [--seed S] [--with-users] [--confirm-real-centre]
  user add|list|disable|enable|reset-password|passwd ...
  audit verify|list|export ...
  practitioner add|hours|absence ...   room add ...   closing add ...
  service add CODE ...   appointment slots|book|list|check-in|start|done|cancel|no-show ...
  appointment series|slip|day-list ...
تؤخذ كلمة المرور من JISR_PASSWORD أو من المدخل القياسي.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no centre in %1: check --data-dir (or JISR_DATA_DIR), or create one with jisrctl init.</source>
        <translation>لا يوجد أي مركز في %1: تحقق من ‎--data-dir (أو JISR_DATA_DIR)، أو أنشئ مركزا بالأمر jisrctl init.</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>AMO Tadamon</source>
        <translation>أمو تضامن</translation>
    </message>
    <message>
        <source>Employee (CNSS)</source>
        <translation>أجير (الصندوق الوطني للضمان الاجتماعي)</translation>
    </message>
    <message>
        <source>Self-employed (TNS)</source>
        <translation>عامل غير أجير</translation>
    </message>
    <message>
        <source>AMO Achamil</source>
        <translation>أمو الشامل</translation>
    </message>
    <message>
        <source>Public sector (CNOPS)</source>
        <translation>القطاع العام (الصندوق الوطني لمنظمات الاحتياط الاجتماعي)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>حركية</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>بصرية</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>سمعية</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>نطقية</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>ذهنية</translation>
    </message>
    <message>
        <source>Psychic</source>
        <translation>نفسية</translation>
    </message>
    <message>
        <source>Autism spectrum</source>
        <translation>طيف التوحد</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>متعددة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>خفيفة</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>حادة</translation>
    </message>
    <message>
        <source>Profound</source>
        <translation>عميقة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>زوج أو زوجة</translation>
    </message>
    <message>
        <source>Son or daughter</source>
        <translation>ابن أو ابنة</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>ولي قانوني</translation>
    </message>
    <message>
        <source>Copy of the CIN</source>
        <translation>نسخة من البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>عقد الازدياد</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>تقرير طبي</translation>
    </message>
    <message>
        <source>RSU certificate</source>
        <translation>شهادة السجل الاجتماعي الموحد</translation>
    </message>
    <message>
        <source>AMO certificate</source>
        <translation>شهادة التأمين الإجباري عن المرض</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>ملاحظة سريرية</translation>
    </message>
    <message>
        <source>Evaluation (medical part)</source>
        <translation>التقييم (الشق الطبي)</translation>
    </message>
    <message>
        <source>Social inquiry</source>
        <translation>البحث الاجتماعي</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>الوضعية العائلية</translation>
    </message>
    <message>
        <source>RSU details</source>
        <translation>تفاصيل السجل الاجتماعي الموحد</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>مساعد(ة) اجتماعي(ة)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Opened the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Read notes</source>
        <translation>قراءة الملاحظات</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>ولوج استعجالي</translation>
    </message>
    <message>
        <source>Family name (Arabic)</source>
        <translation>الاسم العائلي (بالعربية)</translation>
    </message>
    <message>
        <source>Given name (Arabic)</source>
        <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>الاسم العائلي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>الاسم الشخصي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Father&apos;s given name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Mother&apos;s full name</source>
        <translation>الاسم الكامل للأم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الازدياد</translation>
    </message>
    <message>
        <source>Only the year is known</source>
        <translation>السنة فقط معروفة</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>مكان الازدياد</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>IDCS</source>
        <translation>المعرف المدني والاجتماعي</translation>
    </message>
    <message>
        <source>RSU household</source>
        <translation>أسرة السجل الاجتماعي</translation>
    </message>
    <message>
        <source>RSU index</source>
        <translation>مؤشر السجل الاجتماعي</translation>
    </message>
    <message>
        <source>RSU index date</source>
        <translation>تاريخ المؤشر</translation>
    </message>
    <message>
        <source>AMO regime</source>
        <translation>نظام التأمين عن المرض</translation>
    </message>
    <message>
        <source>AMO number</source>
        <translation>رقم التأمين</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>هاتف آخر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>اسم الولي</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>هاتف الولي</translation>
    </message>
    <message>
        <source>Guardian&apos;s CIN</source>
        <translation>البطاقة الوطنية للولي</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Declared severity</source>
        <translation>الدرجة المصرح بها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>دخول مرفوض</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>فتح قفل الشاشة</translation>
    </message>
    <message>
        <source>Created the file</source>
        <translation>إنشاء الملف</translation>
    </message>
    <message>
        <source>Changed the file</source>
        <translation>تعديل الملف</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Exported case files</source>
        <translation>تصدير الملفات</translation>
    </message>
    <message>
        <source>Imported case files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Added a document</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <source>Changed the photo</source>
        <translation>تغيير الصورة</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>كتابة ملاحظة</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>مرفوض: غير مسموح</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Changed an account</source>
        <translation>تعديل حساب</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>إعادة تعيين كلمة مرور</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>تعديل إعداد</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>طبية</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>اجتماعية</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>اسم مستخدم غير معروف</translation>
    </message>
    <message>
        <source>disabled account</source>
        <translation>حساب معطّل</translation>
    </message>
    <message>
        <source>too many attempts, asked to wait</source>
        <translation>محاولات كثيرة، طُلب الانتظار</translation>
    </message>
    <message>
        <source>password too long</source>
        <translation>كلمة مرور طويلة جدا</translation>
    </message>
    <message>
        <source>read identity</source>
        <translation>قراءة الهوية</translation>
    </message>
    <message>
        <source>edit identity</source>
        <translation>تعديل الهوية</translation>
    </message>
    <message>
        <source>read medical notes</source>
        <translation>قراءة الملاحظات الطبية</translation>
    </message>
    <message>
        <source>write medical notes</source>
        <translation>كتابة الملاحظات الطبية</translation>
    </message>
    <message>
        <source>read social notes</source>
        <translation>قراءة الملاحظات الاجتماعية</translation>
    </message>
    <message>
        <source>write social notes</source>
        <translation>كتابة الملاحظات الاجتماعية</translation>
    </message>
    <message>
        <source>manage documents</source>
        <translation>تدبير الوثائق</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>حجز المواعيد</translation>
    </message>
    <message>
        <source>check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>approve cards</source>
        <translation>المصادقة على البطاقات</translation>
    </message>
    <message>
        <source>print cards</source>
        <translation>طباعة البطاقات</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>تدبير الحسابات</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>تعديل الإعدادات</translation>
    </message>
    <message>
        <source>export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>الاطلاع على سجل التدقيق</translation>
    </message>
    <message>
        <source>emergency access</source>
        <translation>الولوج الاستعجالي</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator between the items of a list; Arabic uses its own comma &quot;، &quot;.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>automatic lock after %1 min</source>
        <translation>القفل التلقائي بعد %1 دقيقة</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>تحميل بيانات تجريبية</translation>
    </message>
    <message>
        <source>Social inquiry report</source>
        <translation>تقرير البحث الاجتماعي</translation>
    </message>
    <message>
        <source>Opened a card application</source>
        <translation>فتح طلب بطاقة</translation>
    </message>
    <message>
        <source>Wrote the medical evaluation</source>
        <translation>حرر التقييم الطبي</translation>
    </message>
    <message>
        <source>Wrote the social evaluation</source>
        <translation>حرر التقييم الاجتماعي</translation>
    </message>
    <message>
        <source>Sent the application to the committee</source>
        <translation>أحال الطلب على اللجنة</translation>
    </message>
    <message>
        <source>Recorded the committee&apos;s decision</source>
        <translation>سجل قرار اللجنة</translation>
    </message>
    <message>
        <source>Issued a card</source>
        <translation>أصدر بطاقة</translation>
    </message>
    <message>
        <source>Printed a card</source>
        <translation>طبع بطاقة</translation>
    </message>
    <message>
        <source>Reprinted a card</source>
        <translation>أعاد طباعة بطاقة</translation>
    </message>
    <message>
        <source>Delivered a card</source>
        <translation>سلم بطاقة</translation>
    </message>
    <message>
        <source>Voided a card</source>
        <translation>ألغى بطاقة</translation>
    </message>
    <message>
        <source>Revoked a card</source>
        <translation>سحب بطاقة</translation>
    </message>
    <message>
        <source>Created the card signing key</source>
        <translation>أنشأ مفتاح توقيع البطائق</translation>
    </message>
    <message>
        <source>Recorded a card&apos;s ministry number</source>
        <translation>سجل الرقم الوزاري لبطاقة</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>The option --%1 takes no value (or 1 or 0).</source>
        <translation>الخيار ‎--%1 لا يأخذ قيمة (أو 1 أو 0).</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>الخيار ‎--%1 يتطلب قيمة.</translation>
    </message>
    <message>
        <source>Unknown option %1. The options before the command are: %2.</source>
        <translation>خيار غير معروف %1. الخيارات التي تسبق الأمر هي: %2.</translation>
    </message>
    <message>
        <source>%1 goes before the command: jisrctl %1 ... %2 ...</source>
        <translation>‏%1 يوضع قبل الأمر: jisrctl %1 ... %2 ...</translation>
    </message>
    <message>
        <source>Unknown option %1: jisrctl %2 takes none.</source>
        <translation>خيار غير معروف %1: الأمر jisrctl %2 لا يقبل أي خيار.</translation>
    </message>
    <message>
        <source>Unknown option %1 for jisrctl %2. Its options: %3.</source>
        <translation>خيار غير معروف %1 للأمر jisrctl %2. خياراته: %3.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>الخيار ‎--%1 مذكور مرتين.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>معامل غير منتظر: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>السطر %1: حقل بين علامتي تنصيص لم يُغلق.</translation>
    </message>
</context>
<context>
    <name>DayListRenderer</name>
    <message>
        <source>The list of the day could not be printed.</source>
        <translation>تعذر طبع لائحة اليوم.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>مواعيد اليوم</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--%1 takes a number from 0 to %2.</source>
        <translation>الخيار --%1 يتطلب عددا من 0 إلى %2.</translation>
    </message>
    <message>
        <source>%1 demo case files written in %2 s.</source>
        <translation>تمت كتابة %1 ملف تجريبي في %2 ثانية.</translation>
    </message>
    <message>
        <source>Usage: jisrctl demo --cases N [--seed S] [--with-users] [--confirm-real-centre]</source>
        <translation>الاستعمال: jisrctl demo --cases N [--seed S] [--with-users] [--confirm-real-centre]</translation>
    </message>
</context>
<context>
    <name>DemoDataLoader</name>
    <message>
        <source>This database is a real centre&apos;s: demo people go only into a database created as a demo, unless an administrator confirms loading them here.</source>
        <translation>قاعدة البيانات هذه تخص مركزا حقيقيا: لا يضاف الأشخاص التجريبيون إلا إلى قاعدة أنشئت للعرض التجريبي، ما لم يؤكد مسؤول تحميلهم هنا.</translation>
    </message>
</context>
<context>
    <name>DocumentPrintCommand</name>
    <message>
        <source>Usage: jisrctl evaluation letter EVAL --pdf FILE</source>
        <translation>الاستعمال: jisrctl evaluation letter EVAL --pdf FILE</translation>
    </message>
    <message>
        <source>Refusal letter written to %1</source>
        <translation>حُفظت رسالة الرفض في %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl case summary DOSSIER --pdf FILE</source>
        <translation>الاستعمال: jisrctl case summary DOSSIER --pdf FILE</translation>
    </message>
    <message>
        <source>Case summary written to %1</source>
        <translation>حُفظ ملخص الملف في %1</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>This CIN is already recorded in case file %1.</source>
        <translation>رقم البطاقة الوطنية هذا مسجل في الملف %1.</translation>
    </message>
    <message>
        <source>This IDCS is already recorded in case file %1.</source>
        <translation>هذا المعرف المدني والاجتماعي مسجل في الملف %1.</translation>
    </message>
    <message>
        <source>A case file with a similar name and birth year already exists (%1). Check that it is not the same person before saving.</source>
        <translation>يوجد ملف باسم وسنة ازدياد قريبين (%1). تحقق من أنه ليس الشخص نفسه قبل الحفظ.</translation>
    </message>
</context>
<context>
    <name>EvaluationCommand</name>
    <message>
        <source>--%1 expects NAME=VALUE, for example mobility=3.</source>
        <translation>ينتظر --%1 صيغة NAME=VALUE، مثلا mobility=3.</translation>
    </message>
    <message>
        <source>--%1 expects a qualifier from 0 to 4.</source>
        <translation>ينتظر --%1 مؤشرا من 0 إلى 4.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation open DOSSIER [--kind first|renewal|change] [--json]</source>
        <translation>الاستعمال: jisrctl evaluation open DOSSIER [--kind first|renewal|change] [--json]</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation medical EVAL --impairment DOMAIN=0..4[,DOMAIN=0..4...] [--diagnosis T] [--icd10 C]</source>
        <translation>الاستعمال: jisrctl evaluation medical EVAL --impairment DOMAIN=0..4[,DOMAIN=0..4...] [--diagnosis T] [--icd10 C]</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation social EVAL --participation DOMAIN=0..4[/0..4][,...] [--environment FACTOR=barrier|facilitator[,...]]</source>
        <translation>الاستعمال: jisrctl evaluation social EVAL --participation DOMAIN=0..4[/0..4][,...] [--environment FACTOR=barrier|facilitator[,...]]</translation>
    </message>
    <message>
        <source>--rsu-index expects a number.</source>
        <translation>ينتظر --rsu-index عددا.</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation submit EVAL</source>
        <translation>الاستعمال: jisrctl evaluation submit EVAL</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation decide EVAL --eligible yes|no [--degree mild|moderate|severe|profound] [--types motor,...] --reference REF --date D [--reason T]</source>
        <translation>الاستعمال: jisrctl evaluation decide EVAL --eligible yes|no [--degree mild|moderate|severe|profound] [--types motor,...] --reference REF --date D [--reason T]</translation>
    </message>
    <message>
        <source>--%1 expects a date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>ينتظر --%1 تاريخا (dd/mm/yyyy أو yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation open|medical|social|submit|decide|letter ...</source>
        <translation>الاستعمال: jisrctl evaluation open|medical|social|submit|decide|letter ...</translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>First card</source>
        <translation>بطاقة أولى</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>Change of situation</source>
        <translation>تغيير في الوضعية</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>المعني(ة) بالأمر</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>نائب شرعي</translation>
    </message>
    <message>
        <source>Application in progress</source>
        <translation>طلب في طور الإعداد</translation>
    </message>
    <message>
        <source>At the committee</source>
        <translation>معروض على اللجنة</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تم البت فيه</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>التنقل والحركة</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>البصر</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>السمع</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>النطق</translation>
    </message>
    <message>
        <source>Intellectual functions</source>
        <translation>الوظائف الذهنية</translation>
    </message>
    <message>
        <source>Mental functions</source>
        <translation>الوظائف النفسية</translation>
    </message>
    <message>
        <source>Internal organs</source>
        <translation>الأعضاء الداخلية</translation>
    </message>
    <message>
        <source>Learning and applying knowledge</source>
        <translation>التعلم وتطبيق المعارف</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>العناية بالذات</translation>
    </message>
    <message>
        <source>Domestic life</source>
        <translation>الحياة المنزلية</translation>
    </message>
    <message>
        <source>Relationships with others</source>
        <translation>العلاقات مع الآخرين</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التربية والتعليم</translation>
    </message>
    <message>
        <source>Work and employment</source>
        <translation>العمل والتشغيل</translation>
    </message>
    <message>
        <source>Community and social life</source>
        <translation>الحياة الجماعية والاجتماعية</translation>
    </message>
    <message>
        <source>Products and technology</source>
        <translation>المنتجات والتكنولوجيا</translation>
    </message>
    <message>
        <source>Natural and built environment</source>
        <translation>البيئة الطبيعية والمبنية</translation>
    </message>
    <message>
        <source>Support and relationships</source>
        <translation>الدعم والعلاقات</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>Services, systems and policies</source>
        <translation>الخدمات والأنظمة والسياسات</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>عائق</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>عامل مُيسِّر</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة شخصية</translation>
    </message>
    <message>
        <source>Guardianship judgement</source>
        <translation>حكم التقديم أو الولاية</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>العامل</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>المُحدِّد</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>0 · none</source>
        <translation>0 · لا شيء</translation>
    </message>
    <message>
        <source>1 · mild</source>
        <translation>1 · خفيف</translation>
    </message>
    <message>
        <source>2 · moderate</source>
        <translation>2 · متوسط</translation>
    </message>
    <message>
        <source>3 · severe</source>
        <translation>3 · حاد</translation>
    </message>
    <message>
        <source>4 · complete</source>
        <translation>4 · كامل</translation>
    </message>
    <message>
        <source>0 · no problem (0-4 %)</source>
        <translation>0 · لا مشكلة (0-4 %)</translation>
    </message>
    <message>
        <source>1 · mild problem (5-24 %)</source>
        <translation>1 · مشكلة خفيفة (5-24 %)</translation>
    </message>
    <message>
        <source>2 · moderate problem (25-49 %)</source>
        <translation>2 · مشكلة متوسطة (25-49 %)</translation>
    </message>
    <message>
        <source>3 · severe problem (50-95 %)</source>
        <translation>3 · مشكلة حادة (50-95 %)</translation>
    </message>
    <message>
        <source>4 · complete problem (96-100 %)</source>
        <translation>4 · مشكلة كاملة (96-100 %)</translation>
    </message>
    <message>
        <source>ICF qualifiers: 0 none, 1 mild, 2 moderate, 3 severe, 4 complete. A domain left empty was not assessed. Type the digit or press F2 to choose.</source>
        <translation>مُحدِّدات التصنيف الدولي للأداء (CIF): 0 لا شيء، 1 خفيف، 2 متوسط، 3 حاد، 4 كامل. المجال المتروك فارغا لم يُقيَّم. اكتب الرقم أو اضغط F2 للاختيار.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Eligible, %1, valid until %2</source>
        <translation>مستحق، %1، صالح إلى غاية %2</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>The first run also creates the centre&apos;s first administrator: add --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME.</source>
        <translation>التهيئة الأولى تنشئ أيضا أول مسؤول للمركز: أضف --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME.</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>كلمة مرور المسؤول %1: </translation>
    </message>
    <message>
        <source>Centre ready: %1 (%2), dossier series %3, data in %4</source>
        <translation>المركز جاهز: %1 (%2)، سلسلة الملفات %3، البيانات في %4</translation>
    </message>
    <message>
        <source>Usage: jisrctl init --province CODE --centre NAME [--centre-ar NAME] [--address A] [--phone P] [--series XYZ] [--demo] --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME</source>
        <translation>الاستعمال: jisrctl init --province CODE --centre NAME [--centre-ar NAME] [--address A] [--phone P] [--series XYZ] [--demo] --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME</translation>
    </message>
</context>
<context>
    <name>JointSlotFinder</name>
    <message>
        <source>This service needs no practitioner.</source>
        <translation>هذه الخدمة لا تتطلب أي مختص.</translation>
    </message>
    <message>
        <source>No active practitioner has the profession this service needs (%1).</source>
        <translation>لا يوجد مختص نشيط له المهنة التي تتطلبها هذه الخدمة (%1).</translation>
    </message>
    <message>
        <source>No room meets this service&apos;s needs.</source>
        <translation>لا توجد قاعة تستجيب لمتطلبات هذه الخدمة.</translation>
    </message>
    <message>
        <source>The centre is closed that day (%1).</source>
        <translation>المركز مغلق في ذلك اليوم (%1).</translation>
    </message>
    <message>
        <source>The practitioner needed (%1) is absent that day.</source>
        <translation>المختص المطلوب (%1) غائب في ذلك اليوم.</translation>
    </message>
    <message>
        <source>No practitioner needed (%1) works that day.</source>
        <translation>لا يعمل أي مختص مطلوب (%1) في ذلك اليوم.</translation>
    </message>
    <message>
        <source>No suitable room is free at that time.</source>
        <translation>لا توجد قاعة مناسبة شاغرة في ذلك الوقت.</translation>
    </message>
    <message>
        <source>The practitioner needed (%1) is already booked at that time.</source>
        <translation>المختص المطلوب (%1) محجوز في ذلك الوقت.</translation>
    </message>
    <message>
        <source>That time is outside the working hours of the practitioner needed (%1).</source>
        <translation>هذا الوقت خارج ساعات عمل المختص المطلوب (%1).</translation>
    </message>
    <message>
        <source>The beneficiary already has an appointment at that time.</source>
        <translation>للمستفيد موعد آخر في ذلك الوقت.</translation>
    </message>
</context>
<context>
    <name>NationalHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>رأس السنة الميلادية</translation>
    </message>
    <message>
        <source>Proclamation of Independence</source>
        <translation>ذكرى تقديم وثيقة الاستقلال</translation>
    </message>
    <message>
        <source>Amazigh New Year</source>
        <translation>رأس السنة الأمازيغية</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>عيد الشغل</translation>
    </message>
    <message>
        <source>Throne Day</source>
        <translation>عيد العرش</translation>
    </message>
    <message>
        <source>Oued Ed-Dahab Day</source>
        <translation>ذكرى استرجاع وادي الذهب</translation>
    </message>
    <message>
        <source>Revolution of the King and the People</source>
        <translation>ذكرى ثورة الملك والشعب</translation>
    </message>
    <message>
        <source>Youth Day</source>
        <translation>عيد الشباب</translation>
    </message>
    <message>
        <source>Green March</source>
        <translation>ذكرى المسيرة الخضراء</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>عيد الاستقلال</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>A password can have at most %1 characters.</source>
        <translation>لا تتجاوز كلمة المرور %1 حرفا.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>تتطلب كلمة المرور %1 حرفا على الأقل.</translation>
    </message>
    <message>
        <source>This password is among the most common ones: choose another.</source>
        <translation>كلمة المرور هذه من أكثر الكلمات شيوعا: اختر غيرها.</translation>
    </message>
    <message>
        <source>The password cannot contain the login.</source>
        <translation>لا يمكن أن تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>PrinterCardSink</name>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>الطابعة %1 غير متاحة.</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the card.</source>
        <translation>لم تقبل الطابعة %1 البطاقة.</translation>
    </message>
</context>
<context>
    <name>ProfessionLabels</name>
    <message>
        <source>Doctor</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>مروض طبي</translation>
    </message>
    <message>
        <source>Speech therapist</source>
        <translation>مقوم النطق</translation>
    </message>
    <message>
        <source>Psychomotor therapist</source>
        <translation>أخصائي الحركية النفسية</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>أخصائي العلاج الوظيفي</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>أخصائي نفسي</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>مساعدة اجتماعية</translation>
    </message>
    <message>
        <source>general practice</source>
        <translation>الطب العام</translation>
    </message>
    <message>
        <source>physical medicine and rehabilitation</source>
        <translation>الطب الفيزيائي وإعادة التأهيل</translation>
    </message>
    <message>
        <source>paediatrics</source>
        <translation>طب الأطفال</translation>
    </message>
    <message>
        <source>psychiatry</source>
        <translation>الطب النفسي</translation>
    </message>
    <message>
        <source>neurology</source>
        <translation>طب الأعصاب</translation>
    </message>
    <message>
        <source>ENT</source>
        <translation>الأنف والأذن والحنجرة</translation>
    </message>
    <message>
        <source>ophthalmology</source>
        <translation>طب العيون</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code could not be made.</source>
        <translation>تعذر إنشاء رمز QR.</translation>
    </message>
    <message>
        <source>The card&apos;s data does not fit a QR code an ordinary phone reads.</source>
        <translation>لا تتسع بيانات البطاقة لرمز QR يقرؤه هاتف عادي.</translation>
    </message>
</context>
<context>
    <name>QrImageReader</name>
    <message>
        <source>This file is not an image Jisr can read (use PNG or JPEG).</source>
        <translation>هذا الملف ليس صورة يستطيع جسر قراءتها (استعمل PNG أو JPEG).</translation>
    </message>
    <message>
        <source>No readable QR code was found in this image.</source>
        <translation>لم يُعثر على رمز QR مقروء في هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>ScheduleCalendar</name>
    <message>
        <source>closing day</source>
        <translation>يوم إغلاق</translation>
    </message>
</context>
<context>
    <name>SchedulingCommand</name>
    <message>
        <source>--weekday is 1 (Monday) to 7 (Sunday), or a range such as 1-5: %1</source>
        <translation>الخيار --weekday من 1 (الإثنين) إلى 7 (الأحد)، أو مجال مثل 1-5: %1</translation>
    </message>
    <message>
        <source>%1 is a time written HH:MM: %2</source>
        <translation>%1 وقت بالصيغة HH:MM: %2</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD or dd/mm/yyyy): %2</source>
        <translation>%1 ليس تاريخا (YYYY-MM-DD أو يوم/شهر/سنة): %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl practitioner add --name-fr N --name-ar N --profession P [--specialty S] [--login L]
       jisrctl practitioner hours ID --weekday 1..7 --from HH:MM --to HH:MM [--from-date D --to-date D] (repeatable)
       jisrctl practitioner absence ID --from D [--to D] [--reason R]</source>
        <translation>الاستعمال: jisrctl practitioner add --name-fr N --name-ar N --profession P [--specialty S] [--login L]
           jisrctl practitioner hours ID --weekday 1..7 --from HH:MM --to HH:MM [--from-date D --to-date D] (قابل للتكرار)
           jisrctl practitioner absence ID --from D [--to D] [--reason R]</translation>
    </message>
    <message>
        <source>Practitioner added: %1</source>
        <translation>تمت إضافة المختص: %1</translation>
    </message>
    <message>
        <source>Give --weekday, --from and --to together, once per period.</source>
        <translation>أعط --weekday و--from و--to معا، مرة لكل فترة.</translation>
    </message>
    <message numerus="yes">
        <source>%n working period(s) added.</source>
        <translation>
            <numerusform>لم تُضف أي فترة عمل (%n).</numerusform>
            <numerusform>أضيفت فترة عمل واحدة.</numerusform>
            <numerusform>أضيفت فترتا عمل.</numerusform>
            <numerusform>أضيفت %n فترات عمل.</numerusform>
            <numerusform>أضيفت %n فترة عمل.</numerusform>
            <numerusform>أضيفت %n فترة عمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absence recorded.</source>
        <translation>تم تسجيل الغياب.</translation>
    </message>
    <message>
        <source>Usage: jisrctl room add --name N [--accessible]</source>
        <translation>الاستعمال: jisrctl room add --name N [--accessible]</translation>
    </message>
    <message>
        <source>Room added: %1</source>
        <translation>تمت إضافة القاعة: %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl closing add D [--to D] --reason R</source>
        <translation>الاستعمال: jisrctl closing add D [--to D] --reason R</translation>
    </message>
    <message>
        <source>The closing day</source>
        <translation>يوم الإغلاق</translation>
    </message>
    <message>
        <source>Closing recorded.</source>
        <translation>تم تسجيل الإغلاق.</translation>
    </message>
    <message>
        <source>Usage: jisrctl service add CODE --name-fr N --name-ar N --minutes M --need PROFESSION[:SPECIALTY]... [--room any|accessible] [--sequence --max-gap M]</source>
        <translation>الاستعمال: jisrctl service add CODE --name-fr N --name-ar N --minutes M --need PROFESSION[:SPECIALTY]... [--room any|accessible] [--sequence --max-gap M]</translation>
    </message>
    <message>
        <source>--minutes is a number of minutes.</source>
        <translation>الخيار --minutes عدد من الدقائق.</translation>
    </message>
    <message>
        <source>--room is any or accessible.</source>
        <translation>الخيار --room قيمته any أو accessible.</translation>
    </message>
    <message>
        <source>Service added: %1</source>
        <translation>تمت إضافة الخدمة: %1</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>الخيار --limit يتطلب عددا من 1 إلى 1000.</translation>
    </message>
    <message>
        <source>Usage: jisrctl search TEXT [--limit N]</source>
        <translation>الاستعمال: jisrctl search TEXT [--limit N]</translation>
    </message>
    <message>
        <source>No case file found.</source>
        <translation>لم يتم العثور على أي ملف.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The screen locks after 1 to 60 minutes of inactivity.</source>
        <translation>تُقفل الشاشة بعد 1 إلى 60 دقيقة من عدم الاستعمال.</translation>
    </message>
    <message>
        <source>Choose the printer to calibrate.</source>
        <translation>اختر الطابعة المراد ضبطها.</translation>
    </message>
    <message>
        <source>A printer&apos;s offset is at most 10 mm in each direction.</source>
        <translation>لا تتجاوز إزاحة الطابعة 10 مم في كل اتجاه.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>This system cannot read the %1 encoding.</source>
        <translation>لا يستطيع هذا النظام قراءة الترميز %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (byte %2).</source>
        <translation>الملف ليس نصا صالحا بترميز %1 (البايت %2).</translation>
    </message>
    <message>
        <source>Unknown encoding %1. Use one of: %2.</source>
        <translation>ترميز غير معروف %1. استعمل أحد الترميزات: %2.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text. Save it as UTF-8 or choose its encoding with --encoding.</source>
        <translation>الملف ليس نصا صالحا بترميز %1. احفظه بترميز UTF-8 أو حدد ترميزه بالخيار --encoding.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text.</source>
        <translation>يحتوي الملف على بيانات ثنائية وليس على نص.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>New password: </source>
        <translation>كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Password reset: %1 must choose a new one at the next login.</source>
        <translation>أعيد تعيين كلمة المرور: على %1 اختيار كلمة جديدة عند الدخول القادم.</translation>
    </message>
    <message>
        <source>Account enabled: %1</source>
        <translation>تم تفعيل الحساب: %1</translation>
    </message>
    <message>
        <source>Account disabled: %1</source>
        <translation>تم تعطيل الحساب: %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl user add LOGIN --name-fr N --name-ar N --roles R,R</source>
        <translation>الاستعمال: jisrctl user add LOGIN --name-fr N --name-ar N --roles R,R</translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation>دور غير معروف: %1</translation>
    </message>
    <message>
        <source>Account created: %1 (must change the password at first login)</source>
        <translation>تم إنشاء الحساب: %1 (يجب تغيير كلمة المرور عند أول دخول)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN user add LOGIN --name-fr N --name-ar N --roles reception,doctor,social_worker,administrator [--lang ar|fr]
       jisrctl --user LOGIN user list|disable LOGIN|enable LOGIN|reset-password LOGIN|passwd</source>
        <translation>الاستعمال: jisrctl --user LOGIN user add LOGIN --name-fr N --name-ar N --roles reception,doctor,social_worker,administrator [--lang ar|fr]
       jisrctl --user LOGIN user list|disable LOGIN|enable LOGIN|reset-password LOGIN|passwd</translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN user passwd</source>
        <translation>الاستعمال: jisrctl --user LOGIN user passwd</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>تم تغيير كلمة مرور %1.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>أعد كتابتها: </translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>There is no account with this login.</source>
        <translation>لا يوجد حساب بهذا الاسم.</translation>
    </message>
    <message>
        <source>A login has 2 to 32 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>يتكون اسم المستخدم من 2 إلى 32 حرفا لاتينيا صغيرا أو رقما أو نقطة أو شرطة.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>الاسم طويل جدا.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>اختر دورا واحدا على الأقل.</translation>
    </message>
    <message>
        <source>The language is Arabic or French.</source>
        <translation>اللغة هي العربية أو الفرنسية.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>اسم المستخدم هذا مستعمل.</translation>
    </message>
    <message>
        <source>This centre already has accounts: an administrator adds new ones.</source>
        <translation>لهذا المركز حسابات: يضيف المسؤول الحسابات الجديدة.</translation>
    </message>
    <message>
        <source>This is the last active administrator: add another one first.</source>
        <translation>هذا آخر مسؤول نشط: أضف مسؤولا آخر أولا.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>سجل الدخول أولا.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>Choose a password different from the old one.</source>
        <translation>اختر كلمة مرور مختلفة عن القديمة.</translation>
    </message>
</context>
<context>
    <name>jisr::AdminMenu</name>
    <message>
        <source>&amp;Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>المستخدمون…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>سجل التدقيق…</translation>
    </message>
    <message>
        <source>Automatic &amp;lock delay…</source>
        <translation>مهلة القفل التلقائي…</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>قفل الشاشة بعد هذا العدد من الدقائق دون استعمال:</translation>
    </message>
    <message>
        <source>Disability &amp;cards…</source>
        <translation>بطائق الإعاقة…</translation>
    </message>
    <message>
        <source>C&amp;entre details…</source>
        <translation>&amp;بيانات المركز…</translation>
    </message>
    <message>
        <source>&amp;Scheduling set-up…</source>
        <translation>إعداد المواعيد…</translation>
    </message>
</context>
<context>
    <name>jisr::ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>تاريخ التوصل:</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>مقدم الطلب:</translation>
    </message>
    <message>
        <source>&amp;Kind of application:</source>
        <translation>نوع الطلب:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>&amp;Open the application</source>
        <translation>فتح الطلب</translation>
    </message>
    <message>
        <source>Supporting documents (tick a missing one to attach it)</source>
        <translation>الوثائق المثبتة (أشّر على وثيقة ناقصة لإرفاقها)</translation>
    </message>
    <message>
        <source>A&amp;ttach the selected document…</source>
        <translation>إرفاق الوثيقة المحددة…</translation>
    </message>
    <message>
        <source>&amp;Send to the committee</source>
        <translation>إحالة الطلب على اللجنة</translation>
    </message>
    <message>
        <source>Received on %1 · applicant: %2 · %3</source>
        <translation>تاريخ التوصل %1 · مقدم الطلب: %2 · %3</translation>
    </message>
    <message>
        <source>Sent to the committee.</source>
        <translation>أُحيل الطلب على اللجنة.</translation>
    </message>
    <message>
        <source>The file holds every supporting document.</source>
        <translation>الملف يتضمن جميع الوثائق المثبتة.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>الوثائق الناقصة: %1.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <source>The application is open. Attach the supporting documents.</source>
        <translation>تم فتح الطلب. أرفق الوثائق المثبتة.</translation>
    </message>
    <message>
        <source>Choose the document to attach in the list first.</source>
        <translation>اختر أولا من اللائحة الوثيقة المراد إرفاقها.</translation>
    </message>
    <message>
        <source>Attach: %1</source>
        <translation>إرفاق: %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Scans and PDF (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>وثائق ممسوحة وPDF (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>تم إرفاق: %1.</translation>
    </message>
    <message>
        <source>The application was sent to the committee.</source>
        <translation>تمت إحالة الطلب على اللجنة.</translation>
    </message>
    <message>
        <source>Not sent to the committee: the application is incomplete.</source>
        <translation>لم يُحَل الطلب على اللجنة: الملف غير مكتمل.</translation>
    </message>
    <message>
        <source>Missing document: %1</source>
        <translation>وثيقة ناقصة: %1</translation>
    </message>
</context>
<context>
    <name>jisr::AppointmentService</name>
    <message>
        <source>No case file has this number.</source>
        <translation>لا يوجد ملف بهذا الرقم.</translation>
    </message>
    <message>
        <source>This person is recorded as deceased: no appointment can be booked.</source>
        <translation>هذا الشخص مسجل كمتوفى: لا يمكن حجز أي موعد.</translation>
    </message>
    <message>
        <source>This case file is archived: reopen it before booking an appointment.</source>
        <translation>هذا الملف مؤرشف: أعد فتحه قبل حجز موعد.</translation>
    </message>
    <message>
        <source>No service has this code.</source>
        <translation>لا توجد خدمة بهذا الرمز.</translation>
    </message>
    <message>
        <source>The first day to search is not a valid date.</source>
        <translation>اليوم الأول للبحث ليس تاريخا صحيحا.</translation>
    </message>
    <message>
        <source>The end of the search comes before its start.</source>
        <translation>نهاية البحث تسبق بدايته.</translation>
    </message>
    <message>
        <source>Search at most a year at a time.</source>
        <translation>ابحث في سنة واحدة على الأكثر كل مرة.</translation>
    </message>
    <message>
        <source>This time cannot be booked: %1</source>
        <translation>لا يمكن حجز هذا الوقت: %1</translation>
    </message>
    <message>
        <source>The appointment&apos;s date and time are not valid (YYYY-MM-DDTHH:MM).</source>
        <translation>تاريخ الموعد ووقته غير صحيحين (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>This time is already past.</source>
        <translation>هذا الوقت قد مضى.</translation>
    </message>
    <message>
        <source>The new time is not valid or already past.</source>
        <translation>الوقت الجديد غير صحيح أو قد مضى.</translation>
    </message>
    <message>
        <source>Only an appointment still to come can be rescheduled.</source>
        <translation>لا يمكن تأجيل إلا موعد لم يحن بعد.</translation>
    </message>
    <message>
        <source>No appointment has this id.</source>
        <translation>لا يوجد موعد بهذا المعرف.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>مبرمج</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>في الاستشارة</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>مؤجل</translation>
    </message>
    <message>
        <source>This appointment is %1: that step does not apply.</source>
        <translation>حالة هذا الموعد: %1، وهذه الخطوة لا تنطبق عليه.</translation>
    </message>
    <message>
        <source>This appointment is not today: the person cannot be checked in for it.</source>
        <translation>هذا الموعد ليس اليوم: لا يمكن تسجيل حضور الشخص له.</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>اذكر سبب إلغاء الموعد.</translation>
    </message>
    <message>
        <source>A no-show is recorded once the appointment&apos;s day is over.</source>
        <translation>يُسجَّل عدم الحضور بعد انتهاء يوم الموعد.</translation>
    </message>
    <message>
        <source>A series has 2 to 52 occurrences.</source>
        <translation>تتكون السلسلة من 2 إلى 52 موعدا.</translation>
    </message>
    <message>
        <source>Occurrences are 1 to 31 days apart.</source>
        <translation>تتباعد مواعيد السلسلة بين يوم واحد و31 يوما.</translation>
    </message>
    <message>
        <source>Occurrence %1 (%2) cannot be booked, nor moved before the next one: %3</source>
        <translation>لا يمكن حجز الموعد رقم %1 (%2) ولا نقله قبل الموعد الموالي: %3</translation>
    </message>
    <message>
        <source>%1 moved to %2: %3</source>
        <translation>نُقل %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>This appointment is not part of a series.</source>
        <translation>هذا الموعد ليس جزءا من سلسلة.</translation>
    </message>
    <message>
        <source>Another practitioner has just taken this person.</source>
        <translation>تكفل ممارس آخر بهذا الشخص للتو.</translation>
    </message>
    <message>
        <source>No practitioner in service has this id.</source>
        <translation>لا يوجد ممارس مزاول بهذا المعرف.</translation>
    </message>
    <message>
        <source>The day is over: a walk-in can join tomorrow&apos;s queue.</source>
        <translation>انتهى اليوم: يمكن تسجيل الشخص بدون موعد غدا.</translation>
    </message>
    <message>
        <source>This person is already in the waiting room.</source>
        <translation>هذا الشخص موجود بالفعل في قاعة الانتظار.</translation>
    </message>
    <message>
        <source>This person has an appointment today at %1: check them in for it instead.</source>
        <translation>لهذا الشخص موعد اليوم على الساعة %1: سجل وصوله لهذا الموعد بدلا من ذلك.</translation>
    </message>
</context>
<context>
    <name>jisr::AuditLog</name>
    <message>
        <source>entries %1 to %2 were removed</source>
        <translation>القيود من %1 إلى %2 حُذفت</translation>
    </message>
    <message>
        <source>the entry before it was altered or removed</source>
        <translation>القيد الذي يسبقه عُدّل أو حُذف</translation>
    </message>
    <message>
        <source>this entry was altered</source>
        <translation>هذا القيد عُدّل</translation>
    </message>
</context>
<context>
    <name>jisr::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>User login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>تم تصدير %n قيد.</numerusform>
            <numerusform>تم تصدير %n قيد.</numerusform>
            <numerusform>تم تصدير %n قيدين.</numerusform>
            <numerusform>تم تصدير %n قيود.</numerusform>
            <numerusform>تم تصدير %n قيدا.</numerusform>
            <numerusform>تم تصدير %n قيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيدين.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيود.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيدا.</numerusform>
            <numerusform>سجل التدقيق سليم: تم فحص %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1.</source>
        <translation>تم تغيير سجل التدقيق عند الإدخال %1.</translation>
    </message>
</context>
<context>
    <name>jisr::BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>Appointment for %1</source>
        <translation>موعد لفائدة %1</translation>
    </message>
    <message>
        <source>&amp;Book the selected time</source>
        <translation>&amp;حجز الموعد المختار</translation>
    </message>
    <message>
        <source>30 days later</source>
        <translation>بعد 30 يوما</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;الخدمة:</translation>
    </message>
    <message>
        <source>&amp;From (dd/mm/yyyy):</source>
        <translation>&amp;ابتداء من (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;إلى غاية:</translation>
    </message>
    <message>
        <source>&amp;Time of day:</source>
        <translation>&amp;الفترة:</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;يوم الأسبوع:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;الممارس:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>طيلة اليوم</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>صباحا</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>بعد الزوال</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>أي ممارس</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as dd/mm/yyyy (for example %2).</source>
        <translation>%1 ليس تاريخا صحيحا: اكتبه على شكل يوم/شهر/سنة (مثلا %2).</translation>
    </message>
    <message>
        <source>No service is set up yet: an administrator adds them.</source>
        <translation>لم تحدد أي خدمة بعد: يضيفها المسؤول.</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>No free time in these days: search further or change the preferences.</source>
        <translation>لا يوجد وقت شاغر في هذه الأيام: ابحث في تواريخ لاحقة أو غير التفضيلات.</translation>
    </message>
    <message>
        <source>The first free times. Enter books the selected one.</source>
        <translation>أولى الأوقات الشاغرة. زر الإدخال يحجز الوقت المحدد.</translation>
    </message>
    <message>
        <source>Here are the next free times.</source>
        <translation>هذه هي الأوقات الشاغرة الموالية.</translation>
    </message>
    <message>
        <source>Booked: %1, %2, %3, with %4%5.</source>
        <translation>تم الحجز: %1، %2، %3، مع %4%5.</translation>
    </message>
    <message>
        <source>, room %1</source>
        <translation>، القاعة %1</translation>
    </message>
</context>
<context>
    <name>jisr::CancelAppointmentDialog</name>
    <message>
        <source>Cancel the appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>الشخص المعني</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الاحتفاظ به</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Cancelled &amp;by:</source>
        <translation>&amp;ألغاه:</translation>
    </message>
    <message>
        <source>Appointment of %1</source>
        <translation>موعد %1</translation>
    </message>
</context>
<context>
    <name>jisr::CardListDialog</name>
    <message>
        <source>Disability cards</source>
        <translation>بطائق الإعاقة</translation>
    </message>
    <message>
        <source>Approved, not yet printed</source>
        <translation>مقبولة، لم تُطبع بعد</translation>
    </message>
    <message>
        <source>Printed, not yet delivered</source>
        <translation>مطبوعة، لم تُسلَّم بعد</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>تنتهي صلاحيتها خلال %1 يوما</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>كل البطائق</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>طباعة إلى PDF…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>This card was printed already. Why print it again (lost, damaged…)?</source>
        <translation>سبقت طباعة هذه البطاقة. لماذا تُطبع من جديد (ضياع، تلف…)؟</translation>
    </message>
    <message>
        <source>Print the card to PDF</source>
        <translation>طباعة البطاقة إلى PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print all approved…</source>
        <translation>طباعة كل البطاقات المصادق عليها…</translation>
    </message>
    <message>
        <source>Print log…</source>
        <translation>سجل الطباعة…</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>ملخص الملف…</translation>
    </message>
</context>
<context>
    <name>jisr::CardListModel</name>
    <message>
        <source>Approved, not printed</source>
        <translation>مقبولة، غير مطبوعة</translation>
    </message>
    <message>
        <source>Printed, not delivered</source>
        <translation>مطبوعة، غير مسلَّمة</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>مسلَّمة</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>الحامل</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة إلى غاية</translation>
    </message>
</context>
<context>
    <name>jisr::CardPrintDialog</name>
    <message>
        <source>Print disability cards</source>
        <translation>طباعة بطاقات الإعاقة</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to print.</source>
        <translation>
            <numerusform>لا بطاقة للطباعة.</numerusform>
            <numerusform>بطاقة واحدة للطباعة.</numerusform>
            <numerusform>بطاقتان للطباعة.</numerusform>
            <numerusform>%n بطاقات للطباعة.</numerusform>
            <numerusform>%n بطاقة للطباعة.</numerusform>
            <numerusform>%n بطاقة للطباعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>الطباعة على</translation>
    </message>
    <message>
        <source>Card printer, both sides at once (duplex)</source>
        <translation>طابعة البطاقات، الوجهان دفعة واحدة</translation>
    </message>
    <message>
        <source>Card printer, fronts then backs (two passes)</source>
        <translation>طابعة البطاقات، الوجه ثم الظهر (مرحلتان)</translation>
    </message>
    <message>
        <source>A4 plain paper, for a test (real size)</source>
        <translation>ورق A4 عادي، للتجربة (بالحجم الحقيقي)</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Calibration (mm, right / down)</source>
        <translation>الضبط (مم، يمينًا / أسفل)</translation>
    </message>
    <message>
        <source>Moves the card to the right (negative: to the left)</source>
        <translation>يزيح البطاقة إلى اليمين (بالسالب: إلى اليسار)</translation>
    </message>
    <message>
        <source>Moves the card down (negative: up)</source>
        <translation>يزيح البطاقة إلى الأسفل (بالسالب: إلى الأعلى)</translation>
    </message>
    <message>
        <source>Save for this printer</source>
        <translation>حفظ لهذه الطابعة</translation>
    </message>
    <message>
        <source>Reason of the reprint</source>
        <translation>سبب إعادة الطباعة</translation>
    </message>
    <message>
        <source>Lost, damaged… (needed for a card printed already)</source>
        <translation>ضياع، تلف… (إلزامي لبطاقة سبقت طباعتها)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Print the cards to PDF</source>
        <translation>طباعة البطاقات في ملف PDF</translation>
    </message>
    <message>
        <source>No printer is installed on this computer: choose PDF, or add the printer in the system&apos;s settings.</source>
        <translation>لا توجد طابعة مثبتة على هذا الحاسوب: اختر PDF، أو أضف الطابعة من إعدادات النظام.</translation>
    </message>
    <message>
        <source>A card in this print was printed already: give the reason for the reprint (lost, damaged…).</source>
        <translation>سبقت طباعة إحدى بطاقات هذه الطباعة: اذكر سبب إعادة الطباعة (ضياع، تلف…).</translation>
    </message>
    <message>
        <source>Printing the cards…</source>
        <translation>جارٍ طبع البطاقات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>The fronts of %n card(s) are printed. Turn the cards over, put them back in the same order and continue.</source>
        <translation>
            <numerusform>لم يُطبع أي وجه. </numerusform>
            <numerusform>طُبع وجه بطاقة واحدة. اقلب البطاقة وأعدها إلى الطابعة ثم تابع.</numerusform>
            <numerusform>طُبع وجها بطاقتين. اقلب البطاقتين وأعدهما بالترتيب نفسه ثم تابع.</numerusform>
            <numerusform>طُبعت وجوه %n بطاقات. اقلب البطاقات وأعدها بالترتيب نفسه ثم تابع.</numerusform>
            <numerusform>طُبعت وجوه %n بطاقة. اقلب البطاقات وأعدها بالترتيب نفسه ثم تابع.</numerusform>
            <numerusform>طُبعت وجوه %n بطاقة. اقلب البطاقات وأعدها بالترتيب نفسه ثم تابع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed and recorded in the print log.</source>
        <translation>
            <numerusform>لم تُطبع أي بطاقة.</numerusform>
            <numerusform>طُبعت بطاقة واحدة وسُجلت في سجل الطباعة.</numerusform>
            <numerusform>طُبعت بطاقتان وسُجلتا في سجل الطباعة.</numerusform>
            <numerusform>طُبعت %n بطاقات وسُجلت في سجل الطباعة.</numerusform>
            <numerusform>طُبعت %n بطاقة وسُجلت في سجل الطباعة.</numerusform>
            <numerusform>طُبعت %n بطاقة وسُجلت في سجل الطباعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer stopped: %1. The cards not printed stay to print.</source>
        <translation>توقفت الطابعة: %1. البطاقات التي لم تُطبع تبقى في انتظار الطباعة.</translation>
    </message>
    <message>
        <source>Printing was cancelled: the cards not printed stay to print.</source>
        <translation>أُلغيت الطباعة: البطاقات التي لم تُطبع تبقى في انتظار الطباعة.</translation>
    </message>
    <message>
        <source>Card %1 not printed: %2</source>
        <translation>لم تُطبع البطاقة %1: %2</translation>
    </message>
</context>
<context>
    <name>jisr::CardService</name>
    <message>
        <source>This card is void or revoked: it cannot be printed.</source>
        <translation>هذه البطاقة ملغاة أو مسحوبة: لا يمكن طباعتها.</translation>
    </message>
    <message>
        <source>This card has expired: a renewal is needed, not a print.</source>
        <translation>انتهت صلاحية هذه البطاقة: يلزم تجديدها لا طباعتها.</translation>
    </message>
    <message>
        <source>This card was printed already: give the reason for the reprint (lost, damaged...).</source>
        <translation>سبقت طباعة هذه البطاقة: اذكر سبب إعادة الطباعة (ضياع، تلف...).</translation>
    </message>
    <message>
        <source>The file has no photo: add the holder&apos;s photo before printing.</source>
        <translation>لا يحتوي الملف على صورة: أضف صورة الحامل قبل الطباعة.</translation>
    </message>
    <message>
        <source>This card was printed meanwhile: prepare the print again.</source>
        <translation>طُبعت هذه البطاقة في هذه الأثناء: أعد تحضير الطباعة.</translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation>لا توجد بطاقة بهذا الرقم.</translation>
    </message>
    <message>
        <source>This case file does not exist.</source>
        <translation>هذا الملف غير موجود.</translation>
    </message>
    <message>
        <source>The committee has not decided on this file yet: no card can be issued.</source>
        <translation>لم تبت اللجنة في هذا الملف بعد: لا يمكن إصدار أي بطاقة.</translation>
    </message>
    <message>
        <source>The committee&apos;s last decision refused the card: no card can be issued.</source>
        <translation>رفض آخر قرار للجنة منح البطاقة: لا يمكن إصدار أي بطاقة.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision has expired: a renewal is needed.</source>
        <translation>انتهت صلاحية قرار اللجنة: يلزم التجديد.</translation>
    </message>
    <message>
        <source>The file has no photo: add the holder&apos;s photo before issuing the card.</source>
        <translation>لا يحتوي الملف على صورة: أضف صورة الحامل قبل إصدار البطاقة.</translation>
    </message>
    <message>
        <source>A card was already issued for this decision: reprint it instead.</source>
        <translation>سبق إصدار بطاقة لهذا القرار: أعد طباعتها بدلا من ذلك.</translation>
    </message>
    <message>
        <source>Unknown card state.</source>
        <translation>حالة بطاقة غير معروفة.</translation>
    </message>
    <message>
        <source>The receipt is the holder&apos;s signature or thumbprint.</source>
        <translation>يكون الاستلام بتوقيع الحامل أو ببصمته.</translation>
    </message>
    <message>
        <source>Only a printed card can be delivered.</source>
        <translation>لا تُسلّم إلا بطاقة مطبوعة.</translation>
    </message>
    <message>
        <source>Give the reason the card is void.</source>
        <translation>اذكر سبب إلغاء البطاقة.</translation>
    </message>
    <message>
        <source>This card is already void or revoked.</source>
        <translation>هذه البطاقة ملغاة أو مسحوبة من قبل.</translation>
    </message>
    <message>
        <source>A ministry card number has letters, digits, &apos;-&apos;, &apos;/&apos; or &apos;.&apos; only, at most 40.</source>
        <translation>لا يتضمن الرقم الوزاري للبطاقة إلا حروفا وأرقاما و&apos;-&apos; و&apos;/&apos; و&apos;.&apos;، بأربعين حرفا على الأكثر.</translation>
    </message>
    <message>
        <source>Give the reason the card is revoked.</source>
        <translation>اذكر سبب سحب البطاقة.</translation>
    </message>
    <message>
        <source>The CIN in the file does not look like a CIN (1 or 2 letters and 5 or 6 digits): check it on the identity card and correct the file before printing.</source>
        <translation>رقم البطاقة الوطنية في الملف لا يطابق شكل رقم البطاقة الوطنية (حرف أو حرفان و5 أو 6 أرقام): تحقق منه في بطاقة التعريف وصحح الملف قبل الطباعة.</translation>
    </message>
    <message>
        <source>This card was made void or revoked while it printed: destroy the printed copy; it is not recorded.</source>
        <translation>أُلغيت هذه البطاقة أو سُحبت أثناء طبعها: يُرجى إتلاف النسخة المطبوعة، فهي غير مسجلة.</translation>
    </message>
</context>
<context>
    <name>jisr::CaseAccessTab</name>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>jisr::CaseCsvActions</name>
    <message>
        <source>&amp;Import case files (CSV)…</source>
        <translation>استيراد ملفات (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export case files (CSV)…</source>
        <translation>تصدير الملفات (CSV)…</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV أو نص (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export case files</source>
        <translation>تصدير الملفات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) exported.</source>
        <translation>
            <numerusform>لم يُصدَّر أي ملف.</numerusform>
            <numerusform>تم تصدير ملف واحد.</numerusform>
            <numerusform>تم تصدير ملفين.</numerusform>
            <numerusform>تم تصدير %n ملفات.</numerusform>
            <numerusform>تم تصدير %n ملفا.</numerusform>
            <numerusform>تم تصدير %n ملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jisr::CaseDocumentDialog</name>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>رسالة الرفض</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص الملف</translation>
    </message>
</context>
<context>
    <name>jisr::CaseDocumentsTab</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>0 بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>إضافة وثيقة…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <source>Scans and PDF (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>وثائق ممسوحة وPDF (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
</context>
<context>
    <name>jisr::CaseFieldsPage</name>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>The date format shown in an empty date field (day/month/year, Western digits)</extracomment>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Identifiers and coverage</source>
        <translation>المعرفات والتغطية الصحية</translation>
    </message>
    <message>
        <source>Guardian or companion</source>
        <translation>الولي أو المرافق</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Only the year is known</source>
        <translation>السنة فقط معروفة</translation>
    </message>
    <message>
        <source>Parents and place of birth</source>
        <translation>الوالدان ومكان الازدياد</translation>
    </message>
    <message>
        <source>Other contacts and address</source>
        <translation>اتصالات أخرى والعنوان</translation>
    </message>
</context>
<context>
    <name>jisr::CaseFileService</name>
    <message>
        <source>A similar case file already exists. Check it, then confirm to save anyway.</source>
        <translation>يوجد ملف مشابه. تحقق منه، ثم أكد للحفظ رغم ذلك.</translation>
    </message>
    <message>
        <source>The case file was not saved: some fields need correcting.</source>
        <translation>لم يُحفظ الملف: بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>This workstation is not set up for a centre yet: run the first-run setup or jisrctl init.</source>
        <translation>لم يُهيأ هذا الحاسوب لأي مركز بعد: شغّل التهيئة الأولى أو jisrctl init.</translation>
    </message>
    <message>
        <source>This case file no longer exists.</source>
        <translation>هذا الملف لم يعد موجودا.</translation>
    </message>
    <message>
        <source>This case file was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>عدّل شخص آخر هذا الملف منذ فتحته. أعد فتحه ثم أعد إدخال تعديلك.</translation>
    </message>
    <message>
        <source>No case file has this number.</source>
        <translation>لا يوجد ملف بهذا الرقم.</translation>
    </message>
</context>
<context>
    <name>jisr::CaseFormWidget</name>
    <message>
        <source>Case file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the case file (Ctrl+S)</source>
        <translation>حفظ الملف (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>العودة إلى البحث</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <source>Case file changed</source>
        <translation>تم تعديل الملف</translation>
    </message>
    <message>
        <source>Reload the saved version?</source>
        <translation>إعادة تحميل النسخة المحفوظة؟</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>This case file has changes that are not saved.</source>
        <translation>في هذا الملف تعديلات لم تُحفظ.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>المغادرة دون حفظ</translation>
    </message>
    <message>
        <source>Stay on the file</source>
        <translation>البقاء في الملف</translation>
    </message>
    <message>
        <source>Read only: your role can read this identity but not change it.</source>
        <translation>للاطلاع فقط: يسمح لك دورك بقراءة هذه الهوية دون تغييرها.</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>حجز موعد…</translation>
    </message>
    <message>
        <source>Book an appointment for this person (Ctrl+B)</source>
        <translation>حجز موعد لهذا الشخص (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>jisr::CaseHistoryTab</name>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
</context>
<context>
    <name>jisr::CaseImportDialog</name>
    <message>
        <source>Import case files — %1</source>
        <translation>استيراد ملفات — %1</translation>
    </message>
    <message>
        <source>Detect the encoding</source>
        <translation>اكتشاف الترميز تلقائيا</translation>
    </message>
    <message>
        <source>UTF-16 (Excel &quot;Unicode text&quot;)</source>
        <translation>UTF-16 (إكسل «نص يونيكود»)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic Windows)</source>
        <translation>Windows-1256 (ويندوز العربي)</translation>
    </message>
    <message>
        <source>Windows-1252 (French Windows)</source>
        <translation>Windows-1252 (ويندوز الفرنسي)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>للتحقق</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي ملف.</numerusform>
            <numerusform>تم استيراد ملف واحد.</numerusform>
            <numerusform>تم استيراد ملفين.</numerusform>
            <numerusform>تم استيراد %n ملفات.</numerusform>
            <numerusform>تم استيراد %n ملفا.</numerusform>
            <numerusform>تم استيراد %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n problem(s) in the file. Correct them in the spreadsheet and open the file again.</source>
        <translation>
            <numerusform>لا يمكن استيراد أي شيء.</numerusform>
            <numerusform>لا يمكن استيراد أي شيء: مشكلة واحدة في الملف. صحّحها في جدول البيانات ثم افتح الملف من جديد.</numerusform>
            <numerusform>لا يمكن استيراد أي شيء: مشكلتان في الملف. صحّحهما في جدول البيانات ثم افتح الملف من جديد.</numerusform>
            <numerusform>لا يمكن استيراد أي شيء: %n مشاكل في الملف. صحّحها في جدول البيانات ثم افتح الملف من جديد.</numerusform>
            <numerusform>لا يمكن استيراد أي شيء: %n مشكلة في الملف. صحّحها في جدول البيانات ثم افتح الملف من جديد.</numerusform>
            <numerusform>لا يمكن استيراد أي شيء: %n مشكلة في الملف. صحّحها في جدول البيانات ثم افتح الملف من جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1), all valid: ready to import.</source>
        <translation>
            <numerusform>لم يُقرأ أي سطر (%1).</numerusform>
            <numerusform>قُرئ سطر واحد (%1)، وهو صالح: جاهز للاستيراد.</numerusform>
            <numerusform>قُرئ سطران (%1)، وكلاهما صالح: جاهزان للاستيراد.</numerusform>
            <numerusform>قُرئت %n أسطر (%1)، كلها صالحة: جاهزة للاستيراد.</numerusform>
            <numerusform>قُرئ %n سطرا (%1)، كلها صالحة: جاهزة للاستيراد.</numerusform>
            <numerusform>قُرئ %n سطر (%1)، كلها صالحة: جاهزة للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n case file(s)</source>
        <translation>
            <numerusform>استيراد 0 ملف</numerusform>
            <numerusform>استيراد ملف واحد</numerusform>
            <numerusform>استيراد ملفين</numerusform>
            <numerusform>استيراد %n ملفات</numerusform>
            <numerusform>استيراد %n ملفا</numerusform>
            <numerusform>استيراد %n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jisr::CaseListModel</name>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الازدياد</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
</context>
<context>
    <name>jisr::CaseMediaService</name>
    <message>
        <source>This case file no longer exists.</source>
        <translation>هذا الملف لم يعد موجودا.</translation>
    </message>
    <message>
        <source>This file is not an image Jisr can read (use JPEG or PNG).</source>
        <translation>هذا الملف ليس صورة يمكن لجسر قراءتها (استعمل JPEG أو PNG).</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>الصورة فارغة.</translation>
    </message>
    <message>
        <source>The document file cannot be read.</source>
        <translation>تعذرت قراءة ملف الوثيقة.</translation>
    </message>
    <message>
        <source>The document is larger than 20 MB.</source>
        <translation>حجم الوثيقة يتجاوز 20 ميغابايت.</translation>
    </message>
    <message>
        <source>Unknown type of document.</source>
        <translation>نوع وثيقة غير معروف.</translation>
    </message>
    <message>
        <source>The document could not be copied to the data folder.</source>
        <translation>تعذر نسخ الوثيقة إلى مجلد البيانات.</translation>
    </message>
    <message>
        <source>The stored document is missing or was altered (checksum mismatch).</source>
        <translation>الوثيقة المحفوظة مفقودة أو تم تغييرها (بصمة غير مطابقة).</translation>
    </message>
</context>
<context>
    <name>jisr::CaseNotesTab</name>
    <message>
        <source>Add the note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>ولوج استعجالي…</translation>
    </message>
    <message>
        <source>Medical notes are for doctors. An administrator can open them for this file only, with a reason that the centre will see.</source>
        <translation>الملاحظات الطبية خاصة بالأطباء. يمكن للمسؤول فتحها لهذا الملف وحده، مع ذكر سبب يطلع عليه المركز.</translation>
    </message>
    <message>
        <source>Social notes are for social workers.</source>
        <translation>الملاحظات الاجتماعية خاصة بالمساعدين الاجتماعيين.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Emergency access by %1 on %2: “%3”</source>
        <translation>ولوج استعجالي من طرف %1 بتاريخ %2: «%3»</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>ولوج استعجالي</translation>
    </message>
    <message>
        <source>Why do you need this person&apos;s medical notes now? The reason is recorded and shown to the centre.</source>
        <translation>لماذا تحتاج الآن إلى الملاحظات الطبية لهذا الشخص؟ يُسجَّل السبب ويطلع عليه المركز.</translation>
    </message>
</context>
<context>
    <name>jisr::CaseSidePanels</name>
    <message>
        <source>Photo and documents</source>
        <translation>الصورة والوثائق</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>الملاحظات الطبية</translation>
    </message>
    <message>
        <source>Social notes</source>
        <translation>الملاحظات الاجتماعية</translation>
    </message>
    <message>
        <source>Who opened it</source>
        <translation>من فتحه</translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation>بطاقة الإعاقة</translation>
    </message>
</context>
<context>
    <name>jisr::CaseTab</name>
    <message>
        <source>Case file</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>jisr::CaseValidationView</name>
    <message>
        <source>Open the existing file</source>
        <translation>فتح الملف الموجود</translation>
    </message>
    <message>
        <source>It is another person</source>
        <translation>إنه شخص آخر</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to correct. The cursor is on the first one.</source>
        <translation>
            <numerusform>لم يُحفظ: لا توجد مشكلة لتصحيحها.</numerusform>
            <numerusform>لم يُحفظ: مشكلة واحدة لتصحيحها. المؤشر عليها.</numerusform>
            <numerusform>لم يُحفظ: مشكلتان لتصحيحهما. المؤشر على الأولى.</numerusform>
            <numerusform>لم يُحفظ: %n مشاكل لتصحيحها. المؤشر على الأولى.</numerusform>
            <numerusform>لم يُحفظ: %n مشكلة لتصحيحها. المؤشر على الأولى.</numerusform>
            <numerusform>لم يُحفظ: %n مشكلة لتصحيحها. المؤشر على الأولى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: a case file with a similar name exists. Open it, or tick &quot;It is another person&quot; and save again.</source>
        <translation>لم يُحفظ: يوجد ملف باسم مشابه. افتحه، أو ضع علامة على «إنه شخص آخر» ثم احفظ من جديد.</translation>
    </message>
</context>
<context>
    <name>jisr::CentreDetailsDialog</name>
    <message>
        <source>Centre details</source>
        <translation>بيانات المركز</translation>
    </message>
    <message>
        <source>Centre name (French)</source>
        <translation>اسم المركز (بالفرنسية)</translation>
    </message>
    <message>
        <source>Centre name (Arabic)</source>
        <translation>اسم المركز (بالعربية)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The login screen, the status bar and the printed slips and cards show these details. The province and the dossier series cannot change.</source>
        <translation>تظهر هذه البيانات في شاشة تسجيل الدخول وشريط الحالة وعلى الاستدعاءات والبطاقات المطبوعة. لا يمكن تغيير العمالة أو الإقليم ولا سلسلة أرقام الملفات.</translation>
    </message>
</context>
<context>
    <name>jisr::ChecklistModel</name>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>الوثيقة المثبتة</translation>
    </message>
</context>
<context>
    <name>jisr::ChoiceTableModel</name>
    <message>
        <source>— not assessed</source>
        <translation>— لم يُقيَّم</translation>
    </message>
</context>
<context>
    <name>jisr::CliContext</name>
    <message>
        <source>This command needs a user: add --user LOGIN (password from JISR_PASSWORD or standard input).</source>
        <translation>يتطلب هذا الأمر مستخدما: أضف --user LOGIN (كلمة المرور من JISR_PASSWORD أو المدخل القياسي).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة مرور %1: </translation>
    </message>
    <message>
        <source>The password of %1 was set by an administrator: choose your own first with jisrctl --user %1 user passwd (new password from JISR_NEW_PASSWORD or the next line of standard input).</source>
        <translation>كلمة مرور %1 حدّدها مسؤول: اختر كلمة مرورك أولا بالأمر jisrctl --user %1 user passwd (كلمة المرور الجديدة من JISR_NEW_PASSWORD أو من السطر الموالي في المدخل القياسي).</translation>
    </message>
</context>
<context>
    <name>jisr::ClosingDaysPage</name>
    <message>
        <source>&amp;Add the closing days</source>
        <translation>إضافة أيام الإغلاق</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message>
        <source>for example Eid al-Fitr</source>
        <translation>مثلا عيد الفطر</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>اليوم الأول:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>اليوم الأخير:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation>عيد وطني</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>مُدخل</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>The centre is closed on these days: no appointment will be offered.</source>
        <translation>المركز مغلق في هذه الأيام: لن يُقترح فيها أي موعد.</translation>
    </message>
</context>
<context>
    <name>jisr::DataDirectory</name>
    <message>
        <source>The data folder could not be created: %1</source>
        <translation>تعذر إنشاء مجلد البيانات: %1</translation>
    </message>
    <message>
        <source>%1 is in a data folder of Jisr: writing there could replace the database or a document. Choose a file outside it.</source>
        <translation>‏%1 موجود في مجلد بيانات جسر: الكتابة فيه قد تستبدل قاعدة البيانات أو وثيقة. اختر ملفا خارجه.</translation>
    </message>
</context>
<context>
    <name>jisr::Database</name>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>رفضت قاعدة البيانات العملية: %1</translation>
    </message>
    <message>
        <source>The database could not be opened: %1 (%2)</source>
        <translation>تعذّر فتح قاعدة البيانات: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>jisr::DayScheduleModel</name>
    <message>
        <source>%1 is already part of this appointment.</source>
        <translation>%1 مشارك أصلا في هذا الموعد.</translation>
    </message>
</context>
<context>
    <name>jisr::DayViewDialog</name>
    <message>
        <source>Appointments of the day</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>The appointment was not moved</source>
        <translation>لم يتم تغيير الموعد</translation>
    </message>
    <message>
        <source>Print the slip (A6)…</source>
        <translation>طبع ورقة الموعد (A6)…</translation>
    </message>
    <message>
        <source>Print the slip (receipt)…</source>
        <translation>طبع ورقة الموعد (تذكرة)…</translation>
    </message>
    <message>
        <source>Save the slip as PDF…</source>
        <translation>حفظ ورقة الموعد بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print %1&apos;s day…</source>
        <translation>طبع مواعيد يوم %1…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;المتدخل</translation>
    </message>
    <message>
        <source>&amp;Print the day&apos;s list…</source>
        <translation>&amp;طبع لائحة اليوم…</translation>
    </message>
    <message>
        <source>Save the list as PD&amp;F…</source>
        <translation>حفظ اللائحة بصيغة PD&amp;F…</translation>
    </message>
</context>
<context>
    <name>jisr::DecisionPage</name>
    <message>
        <source>Committee decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <source>&amp;Issue the card</source>
        <translation>إصدار البطاقة</translation>
    </message>
    <message>
        <source>The committee&apos;s decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <source>&amp;Eligible</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>&amp;Not eligible</source>
        <translation>غير مستحق</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>De&amp;gree:</source>
        <translation>الدرجة:</translation>
    </message>
    <message>
        <source>Type(s):</source>
        <translation>النوع أو الأنواع:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>تاريخ القرار:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>صالحة من:</translation>
    </message>
    <message>
        <source>Rea&amp;sons (required for a refusal):</source>
        <translation>التعليل (إلزامي في حالة الرفض):</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>The application is not open yet.</source>
        <translation>لم يُفتح الطلب بعد.</translation>
    </message>
    <message>
        <source>The application has not been sent to the committee yet.</source>
        <translation>لم يُحَل الطلب على اللجنة بعد.</translation>
    </message>
    <message>
        <source>The application is at the committee: record its decision below.</source>
        <translation>الطلب معروض على اللجنة: سجّل قرارها أدناه.</translation>
    </message>
    <message>
        <source>The application is at the committee, which has not decided yet.</source>
        <translation>الطلب معروض على اللجنة، ولم تبت فيه بعد.</translation>
    </message>
    <message>
        <source>Eligible: disability %1, degree %2.</source>
        <translation>مستحق: إعاقة %1، الدرجة %2.</translation>
    </message>
    <message>
        <source>Card valid from %1 to %2.</source>
        <translation>البطاقة صالحة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Not eligible.</source>
        <translation>غير مستحق.</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>التعليل: %1</translation>
    </message>
    <message>
        <source>Decision %1 of %2.</source>
        <translation>القرار %1 بتاريخ %2.</translation>
    </message>
    <message>
        <source>Card issued: number %1.</source>
        <translation>صدرت البطاقة: رقم %1.</translation>
    </message>
    <message>
        <source>Say whether the person is eligible.</source>
        <translation>حدّد هل الشخص مستحق أم لا.</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالحة من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة إلى</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>لم يُسجَّل القرار.</translation>
    </message>
    <message>
        <source>Record this decision? It cannot be changed afterwards: a change needs a re-evaluation.</source>
        <translation>هل تريد تسجيل هذا القرار؟ لا يمكن تعديله بعد ذلك: أي تغيير يتطلب إعادة التقييم.</translation>
    </message>
    <message>
        <source>The decision is recorded.</source>
        <translation>تم تسجيل القرار.</translation>
    </message>
    <message>
        <source>Card %1 issued: it waits to be printed in the card list.</source>
        <translation>صدرت البطاقة %1: وهي في انتظار الطباعة ضمن لائحة البطائق.</translation>
    </message>
    <message>
        <source>Refusal &amp;letter…</source>
        <translation>&amp;رسالة الرفض…</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationDialog</name>
    <message>
        <source>Disability card application</source>
        <translation>طلب بطاقة الإعاقة</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationHistoryModel</name>
    <message>
        <source>Received</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation>مرجع اللجنة</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationPage</name>
    <message>
        <source>The application went to the committee: this part can no longer change.</source>
        <translation>أُحيل الطلب على اللجنة: لم يعد بالإمكان تعديل هذا الشق.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date of the calendar (day/month/year).</source>
        <translation>%1: %2 ليس تاريخا صحيحا (يوم/شهر/سنة).</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationService</name>
    <message>
        <source>This evaluation was already submitted to the committee.</source>
        <translation>سبق عرض هذا التقييم على اللجنة.</translation>
    </message>
    <message>
        <source>A supporting document is missing from the file.</source>
        <translation>وثيقة مثبتة ناقصة في الملف.</translation>
    </message>
    <message>
        <source>The medical evaluation has not been recorded yet.</source>
        <translation>لم يُسجَّل التقييم الطبي بعد.</translation>
    </message>
    <message>
        <source>The social evaluation has not been recorded yet.</source>
        <translation>لم يُسجَّل التقييم الاجتماعي بعد.</translation>
    </message>
    <message>
        <source>The application cannot go to the committee yet: the checklist or an evaluation is incomplete.</source>
        <translation>لا يمكن عرض الطلب على اللجنة بعد: قائمة الوثائق أو أحد التقييمين غير مكتمل.</translation>
    </message>
    <message>
        <source>This evaluation has not been submitted to the committee yet.</source>
        <translation>لم يُعرض هذا التقييم على اللجنة بعد.</translation>
    </message>
    <message>
        <source>The committee has already decided on this evaluation: open a re-evaluation to change it.</source>
        <translation>سبق أن بتت اللجنة في هذا التقييم: افتح إعادة تقييم لتغييره.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision needs its reference.</source>
        <translation>يلزم مرجع قرار اللجنة.</translation>
    </message>
    <message>
        <source>The decision needs its date.</source>
        <translation>يلزم تاريخ القرار.</translation>
    </message>
    <message>
        <source>The decision cannot be dated in the future.</source>
        <translation>لا يمكن أن يكون تاريخ القرار في المستقبل.</translation>
    </message>
    <message>
        <source>The decision cannot come before the application was received.</source>
        <translation>لا يمكن أن يسبق القرار تاريخ استلام الطلب.</translation>
    </message>
    <message>
        <source>An eligible decision gives the degree: mild, moderate, severe or profound.</source>
        <translation>يحدد قرار الأهلية الدرجة: خفيفة أو متوسطة أو شديدة أو عميقة.</translation>
    </message>
    <message>
        <source>An eligible decision gives at least one type of disability.</source>
        <translation>يحدد قرار الأهلية نوعا واحدا على الأقل من الإعاقة.</translation>
    </message>
    <message>
        <source>Unknown type of disability.</source>
        <translation>نوع إعاقة غير معروف.</translation>
    </message>
    <message>
        <source>The card&apos;s validity must end after it starts.</source>
        <translation>يجب أن تنتهي صلاحية البطاقة بعد بدايتها.</translation>
    </message>
    <message>
        <source>A card is valid for seven years at most.</source>
        <translation>لا تتجاوز صلاحية البطاقة سبع سنوات.</translation>
    </message>
    <message>
        <source>A refusal must give its reasons.</source>
        <translation>يجب أن يكون الرفض معللا.</translation>
    </message>
    <message>
        <source>The decision was not recorded: some fields need correcting.</source>
        <translation>لم يُسجَّل القرار: بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>Nothing was saved: some fields need correcting.</source>
        <translation>لم يُحفظ أي شيء: بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>No evaluation has this number.</source>
        <translation>لا يوجد تقييم بهذا الرقم.</translation>
    </message>
    <message>
        <source>The application is a first card, a renewal or a change of situation.</source>
        <translation>يكون الطلب لبطاقة أولى أو للتجديد أو لتغيير الوضعية.</translation>
    </message>
    <message>
        <source>The applicant is the person or a guardian.</source>
        <translation>مقدم الطلب هو الشخص نفسه أو نائبه الشرعي.</translation>
    </message>
    <message>
        <source>The application cannot be received in the future.</source>
        <translation>لا يمكن أن يكون تاريخ استلام الطلب في المستقبل.</translation>
    </message>
    <message>
        <source>This case file does not exist.</source>
        <translation>هذا الملف غير موجود.</translation>
    </message>
    <message>
        <source>This case file already has an application in progress: finish it before opening another.</source>
        <translation>لهذا الملف طلب قيد المعالجة: أتمه قبل فتح طلب آخر.</translation>
    </message>
    <message>
        <source>This evaluation was already submitted to the committee: its parts can no longer change.</source>
        <translation>سبق عرض هذا التقييم على اللجنة: لم يعد بالإمكان تغيير أجزائه.</translation>
    </message>
    <message>
        <source>A qualifier goes from 0 (no problem) to 4 (complete).</source>
        <translation>يتراوح المؤشر من 0 (لا مشكلة) إلى 4 (كاملة).</translation>
    </message>
    <message>
        <source>An ICD-10 code looks like G80 or G80.1.</source>
        <translation>رمز ICD-10 يكون على شكل G80 أو G80.1.</translation>
    </message>
    <message>
        <source>Give at least one impairment domain with its qualifier.</source>
        <translation>اذكر مجال قصور واحدا على الأقل مع مؤشره.</translation>
    </message>
    <message>
        <source>Unknown impairment domain.</source>
        <translation>مجال قصور غير معروف.</translation>
    </message>
    <message>
        <source>The examination cannot be in the future.</source>
        <translation>لا يمكن أن يكون الفحص في المستقبل.</translation>
    </message>
    <message>
        <source>Give at least one activity and participation domain with its qualifiers.</source>
        <translation>اذكر مجالا واحدا على الأقل من مجالات النشاط والمشاركة مع مؤشراته.</translation>
    </message>
    <message>
        <source>Unknown activity and participation domain.</source>
        <translation>مجال نشاط ومشاركة غير معروف.</translation>
    </message>
    <message>
        <source>Unknown environmental factor.</source>
        <translation>عامل بيئي غير معروف.</translation>
    </message>
    <message>
        <source>An environmental factor is a barrier or a facilitator.</source>
        <translation>العامل البيئي إما عائق وإما مُيسِّر.</translation>
    </message>
    <message>
        <source>The RSU index is a number from 0 to 100.</source>
        <translation>مؤشر السجل الاجتماعي الموحد عدد من 0 إلى 100.</translation>
    </message>
    <message>
        <source>The assessment cannot be in the future.</source>
        <translation>لا يمكن أن يكون التقييم في المستقبل.</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationTab</name>
    <message>
        <source>&amp;New application…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <source>&amp;Open the application</source>
        <translation>فتح الطلب</translation>
    </message>
</context>
<context>
    <name>jisr::FirstRunDialog</name>
    <message>
        <source>Jisr — New centre</source>
        <translation>جسر — مركز جديد</translation>
    </message>
    <message>
        <source>This workstation has no centre yet. Describe the centre and create its first administrator.</source>
        <translation>لا يوجد مركز على هذا الحاسوب بعد. عرّف المركز وأنشئ أول مسؤول له.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>اسم مستخدم المسؤول</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>إنشاء المركز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Centre name (French)</source>
        <translation>اسم المركز (بالفرنسية)</translation>
    </message>
    <message>
        <source>Centre name (Arabic)</source>
        <translation>اسم المركز (بالعربية)</translation>
    </message>
</context>
<context>
    <name>jisr::FrontDeskModel</name>
    <message>
        <source>First available</source>
        <translation>أول ممارس متاح</translation>
    </message>
    <message>
        <source>Walk-in %1</source>
        <translation>بدون موعد %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>ملغى: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>الممارسون</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>مدة الانتظار</translation>
    </message>
</context>
<context>
    <name>jisr::FrontDeskPage</name>
    <message>
        <source>Reception checks people in.</source>
        <translation>الاستقبال هو من يسجل الوصول.</translation>
    </message>
    <message>
        <source>%1 is checked in and waits.</source>
        <translation>تم تسجيل وصول %1: في قاعة الانتظار.</translation>
    </message>
    <message>
        <source>The practitioner marks the start of the consultation.</source>
        <translation>الممارس هو من يسجل بداية الفحص.</translation>
    </message>
    <message>
        <source>Consultation of %1 started.</source>
        <translation>بدأ فحص %1.</translation>
    </message>
    <message>
        <source>The practitioner marks the end of the consultation.</source>
        <translation>الممارس هو من يسجل نهاية الفحص.</translation>
    </message>
    <message>
        <source>Consultation of %1 done.</source>
        <translation>انتهى فحص %1.</translation>
    </message>
    <message>
        <source>%1 joins the waiting room.</source>
        <translation>التحق %1 بقاعة الانتظار.</translation>
    </message>
    <message>
        <source>Choose the appointment to cancel in the expected arrivals or the waiting room.</source>
        <translation>اختر الموعد المراد إلغاؤه من بين الوافدين المنتظرين أو قاعة الانتظار.</translation>
    </message>
    <message>
        <source>Appointment of %1 cancelled.</source>
        <translation>ألغي موعد %1.</translation>
    </message>
    <message>
        <source>%1 is recorded as not come.</source>
        <translation>سجل %1 كغائب.</translation>
    </message>
    <message>
        <source>Only an administrator undoes a no-show.</source>
        <translation>وحده المسؤول يمكنه إلغاء تسجيل الغياب.</translation>
    </message>
    <message>
        <source>%1 is expected again.</source>
        <translation>%1 منتظر من جديد.</translation>
    </message>
    <message>
        <source>Front desk — %1</source>
        <translation>الاستقبال — %1</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>يومي — %1</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث (Ctrl+F):</translation>
    </message>
    <message>
        <source>Type a name or a dossier number</source>
        <translation>اكتب اسما أو رقم ملف</translation>
    </message>
    <message>
        <source>Expected arrivals (%1)</source>
        <translation>الوافدون المنتظرون (%1)</translation>
    </message>
    <message>
        <source>Waiting room (%1)</source>
        <translation>قاعة الانتظار (%1)</translation>
    </message>
    <message>
        <source>In consultation (%1)</source>
        <translation>في الفحص (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>انتهوا (%1)</translation>
    </message>
    <message>
        <source>Did not come or cancelled (%1)</source>
        <translation>غائبون أو ملغاة (%1)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>لا أحد في الانتظار</translation>
    </message>
    <message>
        <source>Longest wait: %1</source>
        <translation>أطول انتظار: %1</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>بدون موعد…</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>إلغاء الموعد…</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Undo the no-show</source>
        <translation>إلغاء تسجيل الغياب</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم الموالي</translation>
    </message>
    <message>
        <source>Enter: check in</source>
        <translation>إدخال: تسجيل الوصول</translation>
    </message>
    <message>
        <source>F4: walk-in</source>
        <translation>F4: بدون موعد</translation>
    </message>
    <message>
        <source>F8: did not come</source>
        <translation>F8: لم يحضر</translation>
    </message>
    <message>
        <source>Enter in the waiting room: start</source>
        <translation>إدخال في قاعة الانتظار: بداية الفحص</translation>
    </message>
    <message>
        <source>Enter in consultation: done</source>
        <translation>إدخال في الفحص: نهاية الفحص</translation>
    </message>
    <message>
        <source>Delete: cancel</source>
        <translation>Delete: إلغاء</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo a no-show</source>
        <translation>Ctrl+Z: إلغاء تسجيل غياب</translation>
    </message>
    <message>
        <source>Ctrl+O: open the file</source>
        <translation>Ctrl+O: فتح الملف</translation>
    </message>
    <message>
        <source>type to filter, Esc clears</source>
        <translation>اكتب للتصفية، Esc للمسح</translation>
    </message>
    <message>
        <source>Ctrl+PgUp/PgDn: another day</source>
        <translation>Ctrl+PgUp/PgDn: يوم آخر</translation>
    </message>
</context>
<context>
    <name>jisr::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;About Jisr</source>
        <translation>&amp;حول جسر</translation>
    </message>
    <message>
        <source>Jisr — User guide</source>
        <translation>جسر — دليل المستخدم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>About Jisr</source>
        <translation>حول جسر</translation>
    </message>
    <message>
        <source>Jisr %1 — case files of the medico-social centres for people with disabilities.</source>
        <translation>جسر %1 — ملفات المراكز الطبية الاجتماعية للأشخاص في وضعية إعاقة.</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Arabic UI, under the SIL Open Font License 1.1.</source>
        <translation>الخطوط: Noto Sans وNoto Sans Arabic UI، بموجب رخصة SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>A&amp;dministrator&apos;s guide</source>
        <translation>دليل المسؤول</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;الرخصة</translation>
    </message>
    <message>
        <source>Jisr — Administrator&apos;s guide</source>
        <translation>جسر — دليل المسؤول</translation>
    </message>
    <message>
        <source>Jisr — Licence</source>
        <translation>جسر — الرخصة</translation>
    </message>
    <message>
        <source>Jisr is free software under the GNU General Public License, version 3 or later (Help &gt; Licence); it comes with no warranty.</source>
        <translation>جسر برنامج حر مرخص بموجب رخصة جنو العمومية (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق (مساعدة &gt; الرخصة)، ويقدم دون أي ضمان.</translation>
    </message>
</context>
<context>
    <name>jisr::LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <source>Locked by %1. Type the password to continue.</source>
        <translation>أقفلها %1. أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation>مستخدم آخر…</translation>
    </message>
</context>
<context>
    <name>jisr::LoginDialog</name>
    <message>
        <source>Jisr — Log in</source>
        <translation>جسر — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Jisr</source>
        <translation>جسر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>اختر كلمة مرورك</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own (at least %1 characters):</source>
        <translation>حدد المسؤول كلمة مرورك. اختر كلمتك الخاصة (%1 حرفا على الأقل):</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>أعد كتابتها:</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>jisr::MainWindow</name>
    <message>
        <source>Case file saved.</source>
        <translation>تم حفظ الملف.</translation>
    </message>
    <message>
        <source>Jisr — locked</source>
        <translation>جسر — مقفل</translation>
    </message>
    <message>
        <source>Jisr — %1</source>
        <translation>جسر — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>تغيير المستخدم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Your unsaved case file was kept for you.</source>
        <translation>تم الاحتفاظ لك بملفك غير المحفوظ.</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>تغيير كلمة مروري…</translation>
    </message>
    <message>
        <source>&amp;Appointments of the day…</source>
        <translation>مواعيد اليوم…</translation>
    </message>
    <message>
        <source>&amp;Front desk today</source>
        <translation>&amp;استقبال اليوم</translation>
    </message>
</context>
<context>
    <name>jisr::MedicalPage</name>
    <message>
        <source>Medical part</source>
        <translation>الشق الطبي</translation>
    </message>
    <message>
        <source>The medical part is reserved to the doctors: its content is not shown to your role.</source>
        <translation>الشق الطبي خاص بالأطباء: لا يُعرض محتواه لدورك.</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>التشخيص:</translation>
    </message>
    <message>
        <source>&amp;ICD-10 code (optional):</source>
        <translation>رمز التصنيف الدولي للأمراض CIM-10 (اختياري):</translation>
    </message>
    <message>
        <source>Assistive &amp;devices:</source>
        <translation>الأجهزة والمعينات التقنية:</translation>
    </message>
    <message>
        <source>E&amp;xamined on:</source>
        <translation>تاريخ الفحص:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>&amp;Save the medical part</source>
        <translation>حفظ الشق الطبي</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>الطبيب الفاحص: %1</translation>
    </message>
    <message>
        <source>Examined on</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The medical part is saved.</source>
        <translation>تم حفظ الشق الطبي.</translation>
    </message>
</context>
<context>
    <name>jisr::MigrationRunner</name>
    <message>
        <source>This database was created by a newer version of Jisr (schema %1; this program knows up to %2). Install the newer version; the file was not modified.</source>
        <translation>أُنشئت قاعدة البيانات هذه بإصدار أحدث من جسر (المخطط %1؛ يعرف هذا البرنامج حتى %2). ثبّت الإصدار الأحدث؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>This database records an impossible schema version (%1): it was damaged or not made by Jisr. The file was not modified.</source>
        <translation>تسجّل قاعدة البيانات هذه رقم إصدار مخطط مستحيلاً (%1): إنها تالفة أو لم ينشئها جسر. لم يُعدَّل الملف.</translation>
    </message>
    <message>
        <source>This database&apos;s tables do not match its recorded schema version (%1): upgrading it to version %2 failed, and it was not modified.</source>
        <translation>جداول قاعدة البيانات هذه لا تطابق إصدار المخطط المسجَّل فيها (%1): فشلت ترقيتها إلى الإصدار %2، ولم تُعدَّل.</translation>
    </message>
</context>
<context>
    <name>jisr::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>تعذر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>الذاكرة غير كافية لحماية كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>jisr::PractitionersPage</name>
    <message>
        <source>Name (French)</source>
        <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>الاسم بالفرنسية:</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بالعربية:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>المهنة:</translation>
    </message>
    <message>
        <source>&amp;Linked account (login):</source>
        <translation>الحساب المرتبط (اسم المستخدم):</translation>
    </message>
    <message>
        <source>&amp;New practitioner</source>
        <translation>ممارس جديد</translation>
    </message>
    <message>
        <source>&amp;Save the practitioner</source>
        <translation>حفظ الممارس</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(linked)</source>
        <translation>(مرتبط)</translation>
    </message>
    <message>
        <source>%1 is saved. Set the working hours in the next tab.</source>
        <translation>تم حفظ %1. أدخل أوقات العمل في التبويب الموالي.</translation>
    </message>
</context>
<context>
    <name>jisr::PrintLogDialog</name>
    <message>
        <source>Card print log</source>
        <translation>سجل طباعة البطاقات</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>كل البطاقات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>jisr::PrintLogModel</name>
    <message>
        <source>Reprint</source>
        <translation>إعادة طباعة</translation>
    </message>
    <message>
        <source>First print</source>
        <translation>طباعة أولى</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>تاريخ الطباعة</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>First or reprint</source>
        <translation>نوع الطباعة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
</context>
<context>
    <name>jisr::PrintTexts</name>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>المرجو إحضار</translation>
    </message>
    <message>
        <source>Please arrive 15 minutes before your appointment.</source>
        <translation>المرجو الحضور 15 دقيقة قبل موعدكم.</translation>
    </message>
    <message>
        <source>KINGDOM OF MOROCCO</source>
        <translation>المملكة المغربية</translation>
    </message>
    <message>
        <source>Ministry of Solidarity, Social Integration and the Family</source>
        <translation>وزارة التضامن والإدماج الاجتماعي والأسرة</translation>
    </message>
    <message>
        <source>Card of a person with a disability</source>
        <translation>بطاقة الشخص في وضعية إعاقة</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>National ID (CIN)</source>
        <translation>ب.ت.و</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة إلى غاية</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>العمالة أو الإقليم</translation>
    </message>
    <message>
        <source>This card gives its holder the rights provided for by framework law 97-13.</source>
        <translation>تخول هذه البطاقة لحاملها الحقوق المنصوص عليها في القانون الإطار 97.13</translation>
    </message>
    <message>
        <source>Any change of situation must be reported within 10 days.</source>
        <translation>يصرح الحامل بكل تغيير داخل أجل 10 أيام</translation>
    </message>
    <message>
        <source>Signed code, verifiable offline</source>
        <translation>رمز موقع يمكن التحقق منه دون اتصال</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>motor</source>
        <translation>حركية</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>بصرية</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>سمعية</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>نطقية</translation>
    </message>
    <message>
        <source>intellectual</source>
        <translation>ذهنية</translation>
    </message>
    <message>
        <source>psychic</source>
        <translation>نفسية</translation>
    </message>
    <message>
        <source>autism</source>
        <translation>توحد</translation>
    </message>
    <message>
        <source>multiple</source>
        <translation>متعددة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>خفيفة</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>شديدة</translation>
    </message>
    <message>
        <source>profound</source>
        <translation>عميقة</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ماي</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليوز</translation>
    </message>
    <message>
        <source>August</source>
        <translation>غشت</translation>
    </message>
    <message>
        <source>September</source>
        <translation>شتنبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نونبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دجنبر</translation>
    </message>
    <message>
        <source>%1:00 (%3 in the morning)</source>
        <translation>%3 صباحا</translation>
    </message>
    <message>
        <source>%1:%2 (%3:%2 in the morning)</source>
        <translation>%3 و%4 دقيقة صباحا</translation>
    </message>
    <message>
        <source>%1:00 (%3 in the afternoon)</source>
        <translation>%3 بعد الزوال</translation>
    </message>
    <message>
        <source>%1:%2 (%3:%2 in the afternoon)</source>
        <translation>%3 و%4 دقيقة بعد الزوال</translation>
    </message>
    <message>
        <source>%1:00 (%3 in the evening)</source>
        <translation>%3 مساء</translation>
    </message>
    <message>
        <source>%1:%2 (%3:%2 in the evening)</source>
        <translation>%3 و%4 دقيقة مساء</translation>
    </message>
    <message>
        <source>1 (first day)</source>
        <translation>1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 (weekday, day, month, year)</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1 at %2 (date, time)</source>
        <translation>%1 على الساعة %2</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>في الفحص</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>تم الفحص</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Appointments of %1</source>
        <translation>مواعيد %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Person and dossier</source>
        <translation>الشخص والملف</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Also with</source>
        <translation>بحضور أيضا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No appointments this day.</source>
        <translation>لا توجد مواعيد في هذا اليوم.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>en (code of this translation&apos;s language)</source>
        <translation>ar</translation>
    </message>
    <message>
        <source>National ID card (CIN)</source>
        <translation>البطاقة الوطنية للتعريف</translation>
    </message>
    <message>
        <source>Medical reports</source>
        <translation>التقارير الطبية</translation>
    </message>
    <message>
        <source>Previous prescriptions</source>
        <translation>الوصفات الطبية السابقة</translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation>بطاقة الإعاقة</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>الإقليم: %1</translation>
    </message>
    <message>
        <source>Approved, not yet printed</source>
        <translation>مصادق عليها، لم تُطبع بعد</translation>
    </message>
    <message>
        <source>Printed, not yet delivered</source>
        <translation>مطبوعة، لم تُسلَّم بعد</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>مسلَّمة</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص الملف</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>طُبع بتاريخ %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>ب.ت.و</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>النائب الشرعي</translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>لم يصدر قرار بعد</translation>
    </message>
    <message>
        <source>Card granted</source>
        <translation>البطاقة ممنوحة</translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation>البطاقة مرفوضة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Disability (Arabic)</source>
        <translation>الإعاقة (بالعربية)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>لا توجد بطاقة</translation>
    </message>
    <message>
        <source>Ministry number</source>
        <translation>الرقم الوزاري</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Copies printed</source>
        <translation>النسخ المطبوعة</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>حرر بتاريخ %1</translation>
    </message>
    <message>
        <source>Reference of the decision: %1</source>
        <translation>مرجع القرار: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>إلى السيد(ة): %1</translation>
    </message>
    <message>
        <source>File no. %1, CIN %2</source>
        <translation>الملف رقم %1، ب.ت.و %2</translation>
    </message>
    <message>
        <source>Subject: your application for a disability card</source>
        <translation>الموضوع: طلبكم الحصول على بطاقة الشخص في وضعية إعاقة</translation>
    </message>
    <message>
        <source>The committee examined your application received on %1. By its decision no. %2 of %3, it did not grant you the disability card, for the following reasons:</source>
        <translation>درست اللجنة طلبكم الوارد بتاريخ %1. وبمقتضى قرارها رقم %2 الصادر بتاريخ %3، لم تمنحكم بطاقة الشخص في وضعية إعاقة، للأسباب التالية:</translation>
    </message>
    <message>
        <source>If your situation changes, you may apply again: a new evaluation will then be made. The centre is at your disposal for any information and to help you with your application.</source>
        <translation>إذا تغيرت وضعيتكم، يمكنكم تقديم طلب جديد، وسيُجرى حينئذ تقييم جديد. ويبقى المركز رهن إشارتكم لكل استفسار ولمواكبتكم في إجراءاتكم.</translation>
    </message>
    <message>
        <source>For the committee, the centre&apos;s director</source>
        <translation>عن اللجنة، مدير المركز</translation>
    </message>
</context>
<context>
    <name>jisr::RoomsPage</name>
    <message>
        <source>Accessible: ground floor or lift, wheelchair, hoist</source>
        <translation>سهلة الولوج: الطابق الأرضي أو مصعد، كرسي متحرك، رافعة</translation>
    </message>
    <message>
        <source>&amp;Add the room</source>
        <translation>إضافة القاعة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>سهولة الولوج</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>سهلة الولوج</translation>
    </message>
    <message>
        <source>not accessible</source>
        <translation>غير سهلة الولوج</translation>
    </message>
    <message>
        <source>The room is saved.</source>
        <translation>تم حفظ القاعة.</translation>
    </message>
</context>
<context>
    <name>jisr::SchedulingSetupDialog</name>
    <message>
        <source>Scheduling set-up</source>
        <translation>إعداد المواعيد</translation>
    </message>
    <message>
        <source>Prac&amp;titioners</source>
        <translation>الممارسون</translation>
    </message>
    <message>
        <source>&amp;Hours and absences</source>
        <translation>أوقات العمل والغياب</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>القاعات</translation>
    </message>
    <message>
        <source>&amp;Closing days</source>
        <translation>أيام الإغلاق</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>الخدمات</translation>
    </message>
</context>
<context>
    <name>jisr::SchedulingSetupService</name>
    <message>
        <source>A practitioner needs a name, in French or in Arabic.</source>
        <translation>يجب أن يكون للمختص اسم، بالفرنسية أو بالعربية.</translation>
    </message>
    <message>
        <source>The profession must be a lower-case code such as doctor, physiotherapist or social_worker.</source>
        <translation>المهنة رمز بحروف صغيرة مثل doctor أو physiotherapist أو social_worker.</translation>
    </message>
    <message>
        <source>No account has this login.</source>
        <translation>لا يوجد حساب بهذا المعرف.</translation>
    </message>
    <message>
        <source>No practitioner has this id.</source>
        <translation>لا يوجد مختص بهذا المعرف.</translation>
    </message>
    <message numerus="yes">
        <source>This practitioner still has %n appointment(s) to come: reschedule or cancel them first.</source>
        <translation>
            <numerusform>لهذا المختص %n موعد قادم: أجّله أو ألغه أولا.</numerusform>
            <numerusform>لهذا المختص موعد قادم واحد: أجّله أو ألغه أولا.</numerusform>
            <numerusform>لهذا المختص موعدان قادمان: أجّلهما أو ألغهما أولا.</numerusform>
            <numerusform>لهذا المختص %n مواعيد قادمة: أجّلها أو ألغها أولا.</numerusform>
            <numerusform>لهذا المختص %n موعدا قادما: أجّلها أو ألغها أولا.</numerusform>
            <numerusform>لهذا المختص %n موعد قادم: أجّلها أو ألغها أولا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekday must be between 1 (Monday) and 7 (Sunday).</source>
        <translation>يوم الأسبوع بين 1 (الإثنين) و7 (الأحد).</translation>
    </message>
    <message>
        <source>Times are written HH:MM, for example 08:30.</source>
        <translation>تُكتب الأوقات بالصيغة HH:MM، مثلا 08:30.</translation>
    </message>
    <message>
        <source>The end of a working period must come after its start.</source>
        <translation>يجب أن تأتي نهاية فترة العمل بعد بدايتها.</translation>
    </message>
    <message>
        <source>Seasonal hours need both a first and a last date.</source>
        <translation>تتطلب الساعات الموسمية تاريخ بداية وتاريخ نهاية.</translation>
    </message>
    <message>
        <source>The last date comes before the first date.</source>
        <translation>التاريخ الأخير يسبق التاريخ الأول.</translation>
    </message>
    <message>
        <source>This period overlaps another one of the same day.</source>
        <translation>هذه الفترة تتداخل مع فترة أخرى من اليوم نفسه.</translation>
    </message>
    <message>
        <source>The first day of the absence is not a valid date.</source>
        <translation>اليوم الأول من الغياب ليس تاريخا صحيحا.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>اليوم الأخير يسبق اليوم الأول.</translation>
    </message>
    <message>
        <source>This absence overlaps another one (%1 to %2).</source>
        <translation>هذا الغياب يتداخل مع غياب آخر (من %1 إلى %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of this practitioner fall in this absence: reschedule them first.</source>
        <translation>
            <numerusform>%n موعد لهذا المختص يقع في هذا الغياب: أجّله أولا.</numerusform>
            <numerusform>موعد واحد لهذا المختص يقع في هذا الغياب: أجّله أولا.</numerusform>
            <numerusform>موعدان لهذا المختص يقعان في هذا الغياب: أجّلهما أولا.</numerusform>
            <numerusform>%n مواعيد لهذا المختص تقع في هذا الغياب: أجّلها أولا.</numerusform>
            <numerusform>%n موعدا لهذا المختص تقع في هذا الغياب: أجّلها أولا.</numerusform>
            <numerusform>%n موعد لهذا المختص تقع في هذا الغياب: أجّلها أولا.</numerusform>
        </translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>يجب أن يكون للقاعة اسم.</translation>
    </message>
    <message>
        <source>The closing day is not a valid date.</source>
        <translation>يوم الإغلاق ليس تاريخا صحيحا.</translation>
    </message>
    <message>
        <source>Say why the centre is closed (for example Eid al-Fitr).</source>
        <translation>اذكر سبب إغلاق المركز (مثلا عيد الفطر).</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) are booked on these days: reschedule them first.</source>
        <translation>
            <numerusform>%n موعد محجوز في هذه الأيام: أجّله أولا.</numerusform>
            <numerusform>موعد واحد محجوز في هذه الأيام: أجّله أولا.</numerusform>
            <numerusform>موعدان محجوزان في هذه الأيام: أجّلهما أولا.</numerusform>
            <numerusform>%n مواعيد محجوزة في هذه الأيام: أجّلها أولا.</numerusform>
            <numerusform>%n موعدا محجوزا في هذه الأيام: أجّلها أولا.</numerusform>
            <numerusform>%n موعد محجوز في هذه الأيام: أجّلها أولا.</numerusform>
        </translation>
    </message>
    <message>
        <source>A service code is a short lower-case word, such as joint_initial.</source>
        <translation>رمز الخدمة كلمة قصيرة بحروف صغيرة، مثل joint_initial.</translation>
    </message>
    <message>
        <source>A service needs a name, in French or in Arabic.</source>
        <translation>يجب أن يكون للخدمة اسم، بالفرنسية أو بالعربية.</translation>
    </message>
    <message>
        <source>A service lasts between 5 and 480 minutes.</source>
        <translation>تدوم الخدمة بين 5 و480 دقيقة.</translation>
    </message>
    <message>
        <source>Say which practitioners the service needs.</source>
        <translation>اذكر المختصين الذين تتطلبهم الخدمة.</translation>
    </message>
    <message>
        <source>A need is written profession or profession:specialty, in lower case (doctor:pmr, social_worker).</source>
        <translation>يُكتب المتطلب مهنة أو مهنة:تخصص، بحروف صغيرة (doctor:pmr، social_worker).</translation>
    </message>
    <message>
        <source>The gap in a sequence is between 0 and 240 minutes.</source>
        <translation>الفاصل في التسلسل بين 0 و240 دقيقة.</translation>
    </message>
    <message>
        <source>A service already has this code.</source>
        <translation>توجد خدمة بهذا الرمز من قبل.</translation>
    </message>
    <message>
        <source>This working period no longer exists.</source>
        <translation>فترة العمل هذه لم تعد موجودة.</translation>
    </message>
</context>
<context>
    <name>jisr::SearchPage</name>
    <message>
        <source>Search: name in Arabic or Latin letters, CIN, IDCS, phone or dossier number</source>
        <translation>بحث: الاسم بالعربية أو باللاتينية، البطاقة الوطنية، المعرف المدني، الهاتف أو رقم الملف</translation>
    </message>
    <message>
        <source>Most recent case files. Ctrl+N: new case file.</source>
        <translation>أحدث الملفات. Ctrl+N: ملف جديد.</translation>
    </message>
    <message>
        <source>No case file found. Ctrl+N: register this person.</source>
        <translation>لم يتم العثور على أي ملف. Ctrl+N: تسجيل هذا الشخص.</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>تم العثور على %n ملف. اضغط Enter لفتح الملف المحدد.</numerusform>
            <numerusform>تم العثور على %n ملف. اضغط Enter لفتح الملف المحدد.</numerusform>
            <numerusform>تم العثور على %n ملفين. اضغط Enter لفتح الملف المحدد.</numerusform>
            <numerusform>تم العثور على %n ملفات. اضغط Enter لفتح الملف المحدد.</numerusform>
            <numerusform>تم العثور على %n ملفا. اضغط Enter لفتح الملف المحدد.</numerusform>
            <numerusform>تم العثور على %n ملف. اضغط Enter لفتح الملف المحدد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most recent case files.</source>
        <translation>أحدث الملفات.</translation>
    </message>
    <message>
        <source>No case file found.</source>
        <translation>لم يتم العثور على أي ملف.</translation>
    </message>
</context>
<context>
    <name>jisr::ServicesPage</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>for example joint_initial</source>
        <translation>مثلا joint_initial</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>بدون قاعة</translation>
    </message>
    <message>
        <source>any room</source>
        <translation>أي قاعة</translation>
    </message>
    <message>
        <source>an accessible room</source>
        <translation>قاعة سهلة الولوج</translation>
    </message>
    <message>
        <source>One after the other the same day, at most this long between:</source>
        <translation>واحدا بعد الآخر في اليوم نفسه، بفاصل أقصاه:</translation>
    </message>
    <message>
        <source>Add the serv&amp;ice</source>
        <translation>إضافة الخدمة</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>الاسم بالفرنسية:</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بالعربية:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>المطلوب:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>، ثم </translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>The service is saved.</source>
        <translation>تم حفظ الخدمة.</translation>
    </message>
</context>
<context>
    <name>jisr::SessionController</name>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة مروري</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>كلمة المرور الجديدة (%1 حرفا على الأقل):</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>أعد كتابة كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة مرورك.</translation>
    </message>
</context>
<context>
    <name>jisr::SetupPage</name>
    <message>
        <source>%1 is not a date: type it as dd/mm/yyyy (for example 06/04/2026).</source>
        <translation>%1 ليس تاريخا: اكتبه على شكل يوم/شهر/سنة (مثلا 06/04/2026).</translation>
    </message>
    <message>
        <source>%1 is not a time: type it as HH:MM (for example 08:30).</source>
        <translation>%1 ليس وقتا: اكتبه على شكل HH:MM (مثلا 08:30).</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
</context>
<context>
    <name>jisr::SlotOptionsModel</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>الممارسون</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
</context>
<context>
    <name>jisr::SocialPage</name>
    <message>
        <source>Social part</source>
        <translation>الشق الاجتماعي</translation>
    </message>
    <message>
        <source>The social part is reserved to the social workers: its content is not shown to your role.</source>
        <translation>الشق الاجتماعي خاص بالمساعدين الاجتماعيين: لا يُعرض محتواه لدورك.</translation>
    </message>
    <message>
        <source>&amp;Living situation:</source>
        <translation>ظروف العيش:</translation>
    </message>
    <message>
        <source>&amp;RSU index:</source>
        <translation>مؤشر السجل الاجتماعي الموحد:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>تاريخ التقييم:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>&amp;Save the social part</source>
        <translation>حفظ الشق الاجتماعي</translation>
    </message>
    <message>
        <source>Assessed by: %1</source>
        <translation>قام بالتقييم: %1</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>%1: give both the performance and the capacity qualifiers.</source>
        <translation>%1: حدّد الأداء والقدرة معا.</translation>
    </message>
    <message>
        <source>The RSU index is a number from 0 to 100.</source>
        <translation>مؤشر السجل الاجتماعي الموحد عدد من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The social part is saved.</source>
        <translation>تم حفظ الشق الاجتماعي.</translation>
    </message>
</context>
<context>
    <name>jisr::Sql</name>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>رفضت قاعدة البيانات العملية: %1</translation>
    </message>
</context>
<context>
    <name>jisr::SqlTransaction</name>
    <message>
        <source>The database could not start a transaction.</source>
        <translation>تعذر على قاعدة البيانات بدء معاملة.</translation>
    </message>
    <message>
        <source>The database could not save the change.</source>
        <translation>تعذر على قاعدة البيانات حفظ التعديل.</translation>
    </message>
</context>
<context>
    <name>jisr::StatusBarLabels</name>
    <message>
        <source>User: %1 (%2)</source>
        <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
        <source>Offline — synchronisation not configured</source>
        <translation>غير متصل — المزامنة غير مهيأة</translation>
    </message>
    <message>
        <source>Emergency accesses to medical notes in the last 30 days:</source>
        <translation>حالات الولوج الاستعجالي إلى الملاحظات الطبية خلال الثلاثين يوما الأخيرة:</translation>
    </message>
    <message>
        <source>Emergency accesses (30 days): %1</source>
        <translation>ولوج استعجالي (30 يوما): %1</translation>
    </message>
</context>
<context>
    <name>jisr::UserAdminDialog</name>
    <message>
        <source>Users of the centre</source>
        <translation>مستخدمو المركز</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>تعطيل / تفعيل</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>نشط، يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطل</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>كلمة مرور مؤقتة</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Temporary password for %1 (they choose their own at the next login):</source>
        <translation>كلمة مرور مؤقتة لـ %1 (سيختار كلمته عند الدخول القادم):</translation>
    </message>
</context>
<context>
    <name>jisr::WalkInDialog</name>
    <message>
        <source>A walk-in joins the queue</source>
        <translation>تسجيل شخص بدون موعد</translation>
    </message>
    <message>
        <source>Name or dossier number</source>
        <translation>الاسم أو رقم الملف</translation>
    </message>
    <message>
        <source>The first available</source>
        <translation>أول ممارس متاح</translation>
    </message>
    <message>
        <source>No particular service</source>
        <translation>بدون خدمة محددة</translation>
    </message>
    <message>
        <source>Add to the waiting room</source>
        <translation>إضافة إلى قاعة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;الشخص:</translation>
    </message>
    <message>
        <source>&amp;To see:</source>
        <translation>&amp;لمقابلة:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;الخدمة:</translation>
    </message>
</context>
<context>
    <name>jisr::WorkingHoursPage</name>
    <message>
        <source>Weekday</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>الممارس:</translation>
    </message>
    <message>
        <source>Add working hours</source>
        <translation>إضافة أوقات عمل</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>&amp;From – to (HH:MM):</source>
        <translation>من – إلى (HH:MM):</translation>
    </message>
    <message>
        <source>Only &amp;between (Ramadan…):</source>
        <translation>فقط بين (رمضان…):</translation>
    </message>
    <message>
        <source>&amp;Add the period</source>
        <translation>إضافة الفترة</translation>
    </message>
    <message>
        <source>Re&amp;move the selected period</source>
        <translation>حذف الفترة المختارة</translation>
    </message>
    <message>
        <source>Add an absence</source>
        <translation>إضافة غياب</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message>
        <source>First &amp;day:</source>
        <translation>اليوم الأول:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>اليوم الأخير:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Add the ab&amp;sence</source>
        <translation>إضافة الغياب</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>all year</source>
        <translation>طول السنة</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>The first day of the season</source>
        <translation>اليوم الأول من الفترة</translation>
    </message>
    <message>
        <source>The last day of the season</source>
        <translation>اليوم الأخير من الفترة</translation>
    </message>
    <message>
        <source>The hours of %1 are saved.</source>
        <translation>تم حفظ أوقات عمل %1.</translation>
    </message>
    <message>
        <source>Select the period to remove in the list.</source>
        <translation>اختر من القائمة الفترة المراد حذفها.</translation>
    </message>
    <message>
        <source>The period is removed.</source>
        <translation>تم حذف الفترة.</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>The absence of %1 is saved.</source>
        <translation>تم حفظ غياب %1.</translation>
    </message>
</context>
<context>
    <name>jisr::WritePath</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation>دورك لا يسمح بهذا الإجراء (%1).</translation>
    </message>
</context>
</TS>
