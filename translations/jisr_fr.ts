<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>A4Document</name>
    <message>
        <source>The document could not be printed.</source>
        <translation>Le document n&apos;a pas pu être imprimé.</translation>
    </message>
</context>
<context>
    <name>AppointmentCommand</name>
    <message>
        <source>Usage: jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]</source>
        <translation>Usage : jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]</translation>
    </message>
    <message>
        <source>appointment slots needs --case, --service and --from.</source>
        <translation>appointment slots demande --case, --service et --from.</translation>
    </message>
    <message>
        <source>--limit is a number of options, 1 or more.</source>
        <translation>--limit est un nombre de propositions, au moins 1.</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment book --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]</source>
        <translation>Usage : jisrctl appointment book --case DOSSIER --service CODE --at AAAA-MM-JJTHH:MM [--practitioner ID]... [--room ID]</translation>
    </message>
    <message>
        <source>appointment book needs --case, --service and --at.</source>
        <translation>appointment book demande --case, --service et --at.</translation>
    </message>
    <message>
        <source>--at is a date and time written YYYY-MM-DDTHH:MM: %1</source>
        <translation>--at est une date et une heure écrites AAAA-MM-JJTHH:MM : %1</translation>
    </message>
    <message>
        <source>Booked: %1 %2</source>
        <translation>Rendez-vous pris : %1 %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment list --date D</source>
        <translation>Usage : jisrctl appointment list --date D</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment %1 ID</source>
        <translation>Usage : jisrctl appointment %1 ID</translation>
    </message>
    <message>
        <source>--by is person or centre.</source>
        <translation>--by vaut person ou centre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]
       jisrctl appointment book --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]
       jisrctl appointment list --date D | check-in ID | start ID | done ID | cancel ID --reason R [--following] | no-show ID
       jisrctl appointment series --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM --count N [--every-days 7]
       jisrctl appointment slip ID --pdf FILE [--format a6|receipt]
       jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE</source>
        <translation>Usage : jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] [--limit N]
        jisrctl appointment book --case DOSSIER --service CODE --at AAAA-MM-JJTHH:MM [--practitioner ID]... [--room ID]
        jisrctl appointment list --date D | check-in ID | start ID | done ID | cancel ID --reason R [--following] | no-show ID
        jisrctl appointment series --case DOSSIER --service CODE --at AAAA-MM-JJTHH:MM --count N [--every-days 7]
        jisrctl appointment slip ID --pdf FICHIER [--format a6|receipt]
        jisrctl appointment day-list --date D [--practitioner ID] --pdf FICHIER</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment cancel ID --reason R [--by person|centre] [--following]</source>
        <translation>Usage : jisrctl appointment cancel ID --reason MOTIF [--by person|centre] [--following]</translation>
    </message>
</context>
<context>
    <name>AppointmentLabels</name>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En salle d&apos;attente</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A span of time: &quot;09:00 – 09:45&quot; in French, &quot;من 09:00 إلى 09:45&quot; in Arabic.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>AppointmentPrintCommand</name>
    <message>
        <source>Usage: jisrctl appointment slip ID --pdf FILE [--format a6|receipt]</source>
        <translation>Usage : jisrctl appointment slip ID --pdf FICHIER [--format a6|receipt]</translation>
    </message>
    <message>
        <source>--format is a6 or receipt.</source>
        <translation>--format vaut a6 ou receipt.</translation>
    </message>
    <message>
        <source>Usage: jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE</source>
        <translation>Usage : jisrctl appointment day-list --date D [--practitioner ID] --pdf FICHIER</translation>
    </message>
</context>
<context>
    <name>AppointmentPrintSource</name>
    <message>
        <source>This appointment was cancelled or moved: it has no slip to print.</source>
        <translation>Ce rendez-vous a été annulé ou déplacé : il n&apos;a pas de convocation à imprimer.</translation>
    </message>
    <message>
        <source>No practitioner has this id.</source>
        <translation>Aucun intervenant n&apos;a cet identifiant.</translation>
    </message>
</context>
<context>
    <name>AppointmentPrinting</name>
    <message>
        <source>Appointment slip</source>
        <translation>Convocation de rendez-vous</translation>
    </message>
    <message>
        <source>Save the appointment slip</source>
        <translation>Enregistrer la convocation</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Save the list of the day</source>
        <translation>Enregistrer la liste du jour</translation>
    </message>
</context>
<context>
    <name>AppointmentSeriesCommand</name>
    <message>
        <source>Usage: jisrctl appointment series --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM --count N [--every-days 7] [--json]</source>
        <translation>Usage : jisrctl appointment series --case DOSSIER --service CODE --at AAAA-MM-JJTHH:MM --count N [--every-days 7] [--json]</translation>
    </message>
    <message>
        <source>--at is a date and time written YYYY-MM-DDTHH:MM: %1</source>
        <translation>--at est une date et une heure écrites AAAA-MM-JJTHH:MM : %1</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Déplacé : %1</translation>
    </message>
    <message>
        <source>--by is person or centre.</source>
        <translation>--by vaut person ou centre.</translation>
    </message>
    <message>
        <source>Appointments cancelled: %1</source>
        <translation>Rendez-vous annulés : %1</translation>
    </message>
</context>
<context>
    <name>AppointmentSlipRenderer</name>
    <message>
        <source>The appointment slip could not be printed.</source>
        <translation>La convocation n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Convocation de rendez-vous</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>There is no such user.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--%1 takes a date (dd/MM/yyyy).</source>
        <translation>--%1 attend une date (jj/mm/aaaa).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1: %2</source>
        <translation>Le journal d&apos;audit a été modifié à l&apos;entrée %1 : %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl audit export FILE.csv [--user L] [--case D] [--from D] [--to D]</source>
        <translation>Usage : jisrctl audit export FICHIER.csv [--user L] [--case D] [--from D] [--to D]</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entrée exportée.</numerusform>
            <numerusform>%n entrées exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN audit verify|list|export ...</source>
        <translation>Usage : jisrctl --user IDENTIFIANT audit verify|list|export ...</translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN audit verify</source>
        <translation>Usage : jisrctl --user IDENTIFIANT audit verify</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier %1.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;échecs. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;échecs. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator of the centre.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur du centre.</translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a pipe): choose a file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est un dossier, un périphérique ou un tube) : choisissez un fichier.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le fichier %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>This is not a list of keys exported by jisrctl card keys --json.</source>
        <translation>Ce n&apos;est pas une liste de clés exportée par jisrctl card keys --json.</translation>
    </message>
    <message>
        <source>%1  %2  copy %3  valid %4 to %5</source>
        <translation>%1  %2  exemplaire %3  valable du %4 au %5</translation>
    </message>
    <message>
        <source>Usage: jisrctl card issue DOSSIER [--json]</source>
        <translation>Usage : jisrctl card issue DOSSIER [--json]</translation>
    </message>
    <message>
        <source>Usage: jisrctl card print CARD --pdf FILE [--reason R]</source>
        <translation>Usage : jisrctl card print CARD --pdf FILE [--reason R]</translation>
    </message>
    <message>
        <source>Usage: jisrctl card verify PAYLOAD | --image PNG [--keys FILE]</source>
        <translation>Usage : jisrctl card verify CODE | --image PNG [--keys FICHIER]</translation>
    </message>
    <message>
        <source>%1  %2 / %3  valid until %4</source>
        <translation>%1  %2 / %3  valable jusqu&apos;au %4</translation>
    </message>
    <message>
        <source>Usage: jisrctl card list [--expiring DAYS] [--state S] [--json]</source>
        <translation>Usage : jisrctl card list [--expiring DAYS] [--state S] [--json]</translation>
    </message>
    <message>
        <source>--expiring expects a number of days.</source>
        <translation>--expiring attend un nombre de jours.</translation>
    </message>
    <message>
        <source>Usage: jisrctl card void CARD --reason R</source>
        <translation>Usage : jisrctl card void CARD --reason R</translation>
    </message>
    <message>
        <source>Usage: jisrctl card deliver CARD --receipt signature|thumbprint</source>
        <translation>Usage : jisrctl card deliver CARD --receipt signature|thumbprint</translation>
    </message>
    <message>
        <source>Usage: jisrctl card issue|print|verify|list|void|revoke|deliver|keys ...</source>
        <translation>Usage : jisrctl card issue|print|verify|list|void|revoke|deliver|keys ...</translation>
    </message>
    <message>
        <source>Usage: jisrctl card revoke CARD --reason R</source>
        <translation>Usage : jisrctl card revoke CARTE --reason R</translation>
    </message>
    <message>
        <source>Usage: jisrctl card keys [--rotate] [--json]</source>
        <translation>Usage : jisrctl card keys [--rotate] [--json]</translation>
    </message>
</context>
<context>
    <name>CardNumberBlockStore</name>
    <message>
        <source>This block of card numbers is not valid.</source>
        <translation>Ce bloc de numéros de carte n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This block of card numbers overlaps a block already received.</source>
        <translation>Ce bloc de numéros de carte chevauche un bloc déjà reçu.</translation>
    </message>
    <message>
        <source>This workstation has used all its card numbers: synchronise to receive a new block.</source>
        <translation>Ce poste a utilisé tous ses numéros de carte : synchronisez pour recevoir un nouveau bloc.</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message>
        <source>The card could not be printed.</source>
        <translation>La carte n&apos;a pas pu être imprimée.</translation>
    </message>
</context>
<context>
    <name>CardSigningKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The card signing key of this workstation cannot be read.</source>
        <translation>La clé de signature des cartes de ce poste ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The folder for the card signing key cannot be created.</source>
        <translation>Le dossier de la clé de signature des cartes ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The card signing key of this workstation cannot be created.</source>
        <translation>La clé de signature des cartes de ce poste ne peut pas être créée.</translation>
    </message>
    <message>
        <source>The new card signing key could not be put in place.</source>
        <translation>La nouvelle clé de signature des cartes n&apos;a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>The old card signing key could not be removed.</source>
        <translation>L&apos;ancienne clé de signature des cartes n&apos;a pas pu être supprimée.</translation>
    </message>
</context>
<context>
    <name>CardVerifier</name>
    <message>
        <source>This is not a Jisr card code, or it is damaged or cut short.</source>
        <translation>Ce n&apos;est pas un code de carte Jisr, ou il est abîmé ou tronqué.</translation>
    </message>
    <message>
        <source>This card was signed by a key that is not in the list of known keys.</source>
        <translation>Cette carte a été signée par une clé absente de la liste des clés connues.</translation>
    </message>
    <message>
        <source>The signature does not match: this card&apos;s data was changed.</source>
        <translation>La signature ne correspond pas : les données de cette carte ont été modifiées.</translation>
    </message>
    <message>
        <source>This card is genuine but has been revoked.</source>
        <translation>Cette carte est authentique mais a été retirée.</translation>
    </message>
    <message>
        <source>This card is genuine but void: it was cancelled or replaced by a reprint.</source>
        <translation>Cette carte est authentique mais annulée : elle a été annulée ou remplacée par une réimpression.</translation>
    </message>
    <message>
        <source>This card is genuine but expired.</source>
        <translation>Cette carte est authentique mais expirée.</translation>
    </message>
    <message>
        <source>This card is genuine but not valid yet.</source>
        <translation>Cette carte est authentique mais pas encore valable.</translation>
    </message>
    <message>
        <source>This card is genuine and valid.</source>
        <translation>Cette carte est authentique et valable.</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Usage: jisrctl case show ID|DOSSIER</source>
        <translation>Usage : jisrctl case show ID|DOSSIER</translation>
    </message>
    <message>
        <source>Dossier: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id : %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl case export FILE.csv</source>
        <translation>Usage : jisrctl case export FICHIER.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) exported to %1</source>
        <translation>
            <numerusform>%n dossier exporté vers %1</numerusform>
            <numerusform>%n dossiers exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: jisrctl case import FILE.csv [--dry-run] [--encoding E]</source>
        <translation>Usage : jisrctl case import FICHIER.csv [--dry-run] [--encoding E]</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n problème dans le fichier.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked (%1): all valid, nothing written (dry run).</source>
        <translation>
            <numerusform>%n ligne vérifiée (%1) : tout est valide, rien n&apos;a été écrit (essai).</numerusform>
            <numerusform>%n lignes vérifiées (%1) : tout est valide, rien n&apos;a été écrit (essai).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) imported (%1).</source>
        <translation>
            <numerusform>%n dossier importé (%1).</numerusform>
            <numerusform>%n dossiers importés (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;line 3&quot; or &quot;file&quot;, %2 what is wrong there</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>%1 is &quot;line 3&quot; or &quot;file&quot;, %2 the CSV column, %3 what is wrong with it</extracomment>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Usage: jisrctl case add --FIELD VALUE...</source>
        <translation>Usage : jisrctl case add --CHAMP VALEUR...</translation>
    </message>
    <message>
        <source>Usage: jisrctl case add|show|export|import|photo|document|summary ...</source>
        <translation>Usage : jisrctl case add|show|export|import|photo|document|summary ...</translation>
    </message>
</context>
<context>
    <name>CaseCsvExporter</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier %1.</translation>
    </message>
</context>
<context>
    <name>CaseCsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>La colonne %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are described in docs/csv-format.md.</source>
        <translation>Colonne inconnue « %1 ». Les colonnes sont décrites dans docs/csv-format.md.</translation>
    </message>
    <message>
        <source>The column %1 is missing.</source>
        <translation>La colonne %1 manque.</translation>
    </message>
    <message>
        <source>The column birth_date (or birth_year) is missing.</source>
        <translation>La colonne birth_date (ou birth_year) manque.</translation>
    </message>
    <message>
        <source>A name column is missing (family_name_ar or family_name_lat).</source>
        <translation>Une colonne de nom manque (family_name_ar ou family_name_lat).</translation>
    </message>
    <message>
        <source>This row has %1 fields instead of %2.</source>
        <translation>Cette ligne a %1 champs au lieu de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (dd/mm/yyyy).</source>
        <translation>« %1 » n&apos;est pas une date (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>This CIN is also on line %1 of the file.</source>
        <translation>Cette CIN figure aussi à la ligne %1 du fichier.</translation>
    </message>
    <message>
        <source>This IDCS is also on line %1 of the file.</source>
        <translation>Cet IDCS figure aussi à la ligne %1 du fichier.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne.</translation>
    </message>
</context>
<context>
    <name>CaseDocumentSource</name>
    <message>
        <source>The committee has not decided on this evaluation yet: there is no letter to print.</source>
        <translation>La commission n&apos;a pas encore statué sur cette évaluation : il n&apos;y a pas de lettre à imprimer.</translation>
    </message>
    <message>
        <source>This decision granted the card: a refusal letter is only for a refusal.</source>
        <translation>Cette décision a accordé la carte : une lettre de refus n&apos;est établie qu&apos;en cas de refus.</translation>
    </message>
</context>
<context>
    <name>CaseFileValidator</name>
    <message>
        <source>Enter the name in Arabic or in Latin script.</source>
        <translation>Saisissez le nom en arabe ou en caractères latins.</translation>
    </message>
    <message>
        <source>The family name in Arabic is missing.</source>
        <translation>Le nom de famille en arabe manque.</translation>
    </message>
    <message>
        <source>The given name in Arabic is missing.</source>
        <translation>Le prénom en arabe manque.</translation>
    </message>
    <message>
        <source>The family name in Latin script is missing.</source>
        <translation>Le nom de famille en caractères latins manque.</translation>
    </message>
    <message>
        <source>The given name in Latin script is missing.</source>
        <translation>Le prénom en caractères latins manque.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nom compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A name can only contain letters, spaces, hyphens and apostrophes.</source>
        <translation>Un nom ne peut contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
    <message>
        <source>This field expects the name in Arabic letters.</source>
        <translation>Ce champ attend le nom en lettres arabes.</translation>
    </message>
    <message>
        <source>This field expects the name in Latin letters.</source>
        <translation>Ce champ attend le nom en lettres latines.</translation>
    </message>
    <message>
        <source>This field can have at most %1 characters.</source>
        <translation>Ce champ compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Enter a valid birth date (dd/mm/yyyy), or only the year if the date is unknown.</source>
        <translation>Saisissez une date de naissance valide (jj/mm/aaaa), ou seulement l&apos;année si la date est inconnue.</translation>
    </message>
    <message>
        <source>Enter the year of birth.</source>
        <translation>Saisissez l&apos;année de naissance.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The birth year must be 1900 or later.</source>
        <translation>L&apos;année de naissance doit être 1900 ou après.</translation>
    </message>
    <message>
        <source>This CIN looks unusual (expected 1-2 letters and 5-6 digits). Check it on the card.</source>
        <translation>Ce numéro de CIN est inhabituel (1 ou 2 lettres puis 5 ou 6 chiffres attendus). Vérifiez-le sur la carte.</translation>
    </message>
    <message>
        <source>A CIN is one or two letters followed by digits, e.g. AB123456.</source>
        <translation>Une CIN est formée d&apos;une ou deux lettres suivies de chiffres, par ex. AB123456.</translation>
    </message>
    <message>
        <source>The IDCS has exactly 10 digits.</source>
        <translation>L&apos;IDCS compte exactement 10 chiffres.</translation>
    </message>
    <message>
        <source>The RSU socio-economic index must be between 0 and 100.</source>
        <translation>L&apos;indice socio-économique RSU doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>The date of the RSU index cannot be in the future.</source>
        <translation>La date de l&apos;indice RSU ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Enter the date of the RSU index.</source>
        <translation>Saisissez la date de l&apos;indice RSU.</translation>
    </message>
    <message>
        <source>The AMO number is missing for this regime.</source>
        <translation>Le numéro AMO manque pour ce régime.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Ce numéro est trop long.</translation>
    </message>
    <message>
        <source>Enter a Moroccan phone number, e.g. 06 12 34 56 78 or +212 6 12 34 56 78.</source>
        <translation>Saisissez un numéro de téléphone marocain, par ex. 06 12 34 56 78 ou +212 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>Unknown province or prefecture.</source>
        <translation>Province ou préfecture inconnue.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Choisissez le sexe.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <source>Unknown AMO regime.</source>
        <translation>Régime AMO inconnu.</translation>
    </message>
    <message>
        <source>Unknown type of disability.</source>
        <translation>Type de handicap inconnu.</translation>
    </message>
    <message>
        <source>Unknown severity.</source>
        <translation>Sévérité inconnue.</translation>
    </message>
    <message>
        <source>Unknown relation.</source>
        <translation>Lien de parenté inconnu.</translation>
    </message>
    <message>
        <source>A minor needs a guardian: enter the guardian&apos;s name.</source>
        <translation>Un mineur a besoin d&apos;un tuteur : saisissez le nom du tuteur.</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s relation to the person.</source>
        <translation>Choisissez le lien du tuteur avec la personne.</translation>
    </message>
</context>
<context>
    <name>CaseMediaCommand</name>
    <message>
        <source>Usage: jisrctl case photo DOSSIER FILE</source>
        <translation>Usage : jisrctl case photo DOSSIER FILE</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>Photo enregistrée.</translation>
    </message>
    <message>
        <source>Usage: jisrctl case document add DOSSIER FILE --type cin_copy|medical_report|social_inquiry|guardianship|other [--title T]</source>
        <translation>Usage : jisrctl case document add DOSSIER FILE --type cin_copy|medical_report|social_inquiry|guardianship|other [--title T]</translation>
    </message>
</context>
<context>
    <name>CaseNoteService</name>
    <message>
        <source>This case file does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Une note compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Choose the kind of note.</source>
        <translation>Choisissez le type de note.</translation>
    </message>
    <message>
        <source>Explain the emergency in at least %1 characters: the reason is shown to the centre.</source>
        <translation>Expliquez l&apos;urgence en au moins %1 caractères : le motif est communiqué au centre.</translation>
    </message>
</context>
<context>
    <name>CentreSetup</name>
    <message>
        <source>Unknown province code %1 (use an ISO 3166-2:MA code such as MA-RAB).</source>
        <translation>Code de province inconnu %1 (utilisez un code ISO 3166-2:MA comme MA-RAB).</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name.</source>
        <translation>Saisissez le nom du centre.</translation>
    </message>
    <message>
        <source>The centre name is too long.</source>
        <translation>Le nom du centre est trop long.</translation>
    </message>
    <message>
        <source>The centre&apos;s address or phone is too long.</source>
        <translation>L&apos;adresse ou le téléphone du centre est trop long.</translation>
    </message>
    <message>
        <source>A series is 2 to 4 letters or digits (no I, L, O or U).</source>
        <translation>Une série compte 2 à 4 lettres ou chiffres (sans I, L, O ni U).</translation>
    </message>
    <message>
        <source>This data folder already belongs to a centre of another province.</source>
        <translation>Ce dossier de données appartient déjà à un centre d&apos;une autre province.</translation>
    </message>
    <message>
        <source>The first run also creates the centre&apos;s first administrator: enter their login, name and password.</source>
        <translation>La première initialisation crée aussi le premier administrateur du centre : saisissez son identifiant, son nom et son mot de passe.</translation>
    </message>
    <message>
        <source>This centre already has accounts: an administrator adds new ones.</source>
        <translation>Ce centre a déjà des comptes : c&apos;est un administrateur qui en ajoute.</translation>
    </message>
    <message>
        <source>This centre already exists: only a new database can be a demo one.</source>
        <translation>Ce centre existe déjà : seule une nouvelle base de données peut être une base de démonstration.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
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
        <translation>Usage : jisrctl [--data-dir DOSSIER] [--json] [--user IDENTIFIANT] [--lang ar|fr] COMMANDE
Commandes :
  init --province CODE --centre NOM [--centre-ar NOM] --admin IDENTIFIANT --admin-name-fr N --admin-name-ar N [--demo]
  case add --CHAMP VALEUR... [--confirm-duplicate]     case show ID|DOSSIER
  case export FICHIER.csv        case import FICHIER.csv [--dry-run] [--encoding E]
  case photo DOSSIER FICHIER     case document add DOSSIER FICHIER --type T [--title T]
  evaluation open DOSSIER [--kind first|renewal|change]
  evaluation medical EVAL --impairment DOMAIN=0..4[,...] [--diagnosis T] [--icd10 C]
  evaluation social EVAL --participation DOMAIN=0..4[,...] [--environment FACTOR=barrier|facilitator[,...]]
  evaluation submit EVAL
  evaluation decide EVAL --eligible yes|no [--degree D] [--types T,...] --reference REF --date D [--reason T]
  card issue DOSSIER             card print CARTE --pdf FICHIER [--reason R]
  card verify CODE|--image PNG    card list [--expiring JOURS] [--state S]
  card void CARTE --reason R     card deliver CARTE --receipt R   card keys
  card revoke CARTE --reason R   card keys --rotate
  evaluation letter EVAL --pdf FICHIER             case summary DOSSIER --pdf FICHIER
  search TEXTE [--limit N]
  demo --cases N [--seed S] [--with-users] [--confirm-real-centre]
  user add|list|disable|enable|reset-password|passwd ...
  audit verify|list|export ...
  practitioner add|hours|absence ...   room add ...   closing add ...
  service add CODE ...   appointment slots|book|list|check-in|start|done|cancel|no-show ...
  appointment series|slip|day-list ...
Le mot de passe vient de JISR_PASSWORD ou de l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no centre in %1: check --data-dir (or JISR_DATA_DIR), or create one with jisrctl init.</source>
        <translation>Il n&apos;y a pas de centre dans %1 : vérifiez --data-dir (ou JISR_DATA_DIR), ou créez-en un avec jisrctl init.</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>AMO Tadamon</source>
        <translation>AMO Tadamon</translation>
    </message>
    <message>
        <source>Employee (CNSS)</source>
        <translation>Salarié (CNSS)</translation>
    </message>
    <message>
        <source>Self-employed (TNS)</source>
        <translation>Travailleur non salarié (TNS)</translation>
    </message>
    <message>
        <source>AMO Achamil</source>
        <translation>AMO Achamil</translation>
    </message>
    <message>
        <source>Public sector (CNOPS)</source>
        <translation>Secteur public (CNOPS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Visuel</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Auditif</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>De la parole</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Intellectuel</translation>
    </message>
    <message>
        <source>Psychic</source>
        <translation>Psychique</translation>
    </message>
    <message>
        <source>Autism spectrum</source>
        <translation>Troubles du spectre autistique</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Profound</source>
        <translation>Profond</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Son or daughter</source>
        <translation>Fils ou fille</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tuteur légal</translation>
    </message>
    <message>
        <source>Copy of the CIN</source>
        <translation>Copie de la CIN</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Extrait d&apos;acte de naissance</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>Rapport médical</translation>
    </message>
    <message>
        <source>RSU certificate</source>
        <translation>Attestation RSU</translation>
    </message>
    <message>
        <source>AMO certificate</source>
        <translation>Attestation AMO</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Note clinique</translation>
    </message>
    <message>
        <source>Evaluation (medical part)</source>
        <translation>Évaluation (volet médical)</translation>
    </message>
    <message>
        <source>Social inquiry</source>
        <translation>Enquête sociale</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Situation familiale</translation>
    </message>
    <message>
        <source>RSU details</source>
        <translation>Détails RSU</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistant(e) social(e)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Opened the file</source>
        <translation>Ouverture du dossier</translation>
    </message>
    <message>
        <source>Read notes</source>
        <translation>Lecture des notes</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Family name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Given name (Arabic)</source>
        <translation>Prénom (arabe)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <source>Father&apos;s given name</source>
        <translation>Prénom du père</translation>
    </message>
    <message>
        <source>Mother&apos;s full name</source>
        <translation>Nom complet de la mère</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Only the year is known</source>
        <translation>Seule l&apos;année est connue</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>IDCS</source>
        <translation>IDCS</translation>
    </message>
    <message>
        <source>RSU household</source>
        <translation>Ménage RSU</translation>
    </message>
    <message>
        <source>RSU index</source>
        <translation>Indice RSU</translation>
    </message>
    <message>
        <source>RSU index date</source>
        <translation>Date de l&apos;indice RSU</translation>
    </message>
    <message>
        <source>AMO regime</source>
        <translation>Régime AMO</translation>
    </message>
    <message>
        <source>AMO number</source>
        <translation>N° AMO</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nom du tuteur</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Téléphone du tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s CIN</source>
        <translation>CIN du tuteur</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Declared severity</source>
        <translation>Sévérité déclarée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <source>Created the file</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Changed the file</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Exported case files</source>
        <translation>Export des dossiers</translation>
    </message>
    <message>
        <source>Imported case files</source>
        <translation>Import de dossiers</translation>
    </message>
    <message>
        <source>Added a document</source>
        <translation>Document ajouté</translation>
    </message>
    <message>
        <source>Changed the photo</source>
        <translation>Photo changée</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Note écrite</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Refusé : non autorisé</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Changed an account</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Réglage modifié</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Export du journal d&apos;audit</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médicale</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe erroné</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>identifiant inconnu</translation>
    </message>
    <message>
        <source>disabled account</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>too many attempts, asked to wait</source>
        <translation>trop d&apos;essais, attente demandée</translation>
    </message>
    <message>
        <source>password too long</source>
        <translation>mot de passe trop long</translation>
    </message>
    <message>
        <source>read identity</source>
        <translation>lire l&apos;identité</translation>
    </message>
    <message>
        <source>edit identity</source>
        <translation>modifier l&apos;identité</translation>
    </message>
    <message>
        <source>read medical notes</source>
        <translation>lire les notes médicales</translation>
    </message>
    <message>
        <source>write medical notes</source>
        <translation>écrire des notes médicales</translation>
    </message>
    <message>
        <source>read social notes</source>
        <translation>lire les notes sociales</translation>
    </message>
    <message>
        <source>write social notes</source>
        <translation>écrire des notes sociales</translation>
    </message>
    <message>
        <source>manage documents</source>
        <translation>gérer les documents</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>prendre des rendez-vous</translation>
    </message>
    <message>
        <source>check in</source>
        <translation>enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>approve cards</source>
        <translation>approuver les cartes</translation>
    </message>
    <message>
        <source>print cards</source>
        <translation>imprimer les cartes</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les réglages</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importer</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>emergency access</source>
        <translation>accès d&apos;urgence</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator between the items of a list; Arabic uses its own comma &quot;، &quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>automatic lock after %1 min</source>
        <translation>verrouillage automatique après %1 min</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>charger des données de démonstration</translation>
    </message>
    <message>
        <source>Social inquiry report</source>
        <translation>Rapport d&apos;enquête sociale</translation>
    </message>
    <message>
        <source>Opened a card application</source>
        <translation>A ouvert une demande de carte</translation>
    </message>
    <message>
        <source>Wrote the medical evaluation</source>
        <translation>A rédigé l&apos;évaluation médicale</translation>
    </message>
    <message>
        <source>Wrote the social evaluation</source>
        <translation>A rédigé l&apos;évaluation sociale</translation>
    </message>
    <message>
        <source>Sent the application to the committee</source>
        <translation>A transmis la demande à la commission</translation>
    </message>
    <message>
        <source>Recorded the committee&apos;s decision</source>
        <translation>A enregistré la décision de la commission</translation>
    </message>
    <message>
        <source>Issued a card</source>
        <translation>A émis une carte</translation>
    </message>
    <message>
        <source>Printed a card</source>
        <translation>A imprimé une carte</translation>
    </message>
    <message>
        <source>Reprinted a card</source>
        <translation>A réimprimé une carte</translation>
    </message>
    <message>
        <source>Delivered a card</source>
        <translation>A remis une carte</translation>
    </message>
    <message>
        <source>Voided a card</source>
        <translation>A annulé une carte</translation>
    </message>
    <message>
        <source>Revoked a card</source>
        <translation>A retiré une carte</translation>
    </message>
    <message>
        <source>Created the card signing key</source>
        <translation>A créé la clé de signature des cartes</translation>
    </message>
    <message>
        <source>Recorded a card&apos;s ministry number</source>
        <translation>A enregistré le numéro ministériel d&apos;une carte</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>The option --%1 takes no value (or 1 or 0).</source>
        <translation>L&apos;option --%1 ne prend pas de valeur (ou 1 ou 0).</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L&apos;option --%1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1. The options before the command are: %2.</source>
        <translation>Option inconnue %1. Les options avant la commande sont : %2.</translation>
    </message>
    <message>
        <source>%1 goes before the command: jisrctl %1 ... %2 ...</source>
        <translation>%1 se place avant la commande : jisrctl %1 ... %2 ...</translation>
    </message>
    <message>
        <source>Unknown option %1: jisrctl %2 takes none.</source>
        <translation>Option inconnue %1 : jisrctl %2 n&apos;en prend aucune.</translation>
    </message>
    <message>
        <source>Unknown option %1 for jisrctl %2. Its options: %3.</source>
        <translation>Option inconnue %1 pour jisrctl %2. Ses options : %3.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>L&apos;option --%1 est donnée deux fois.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>DayListRenderer</name>
    <message>
        <source>The list of the day could not be printed.</source>
        <translation>La liste du jour n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Rendez-vous du jour</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--%1 takes a number from 0 to %2.</source>
        <translation>--%1 attend un nombre de 0 à %2.</translation>
    </message>
    <message>
        <source>%1 demo case files written in %2 s.</source>
        <translation>%1 dossiers de démonstration écrits en %2 s.</translation>
    </message>
    <message>
        <source>Usage: jisrctl demo --cases N [--seed S] [--with-users] [--confirm-real-centre]</source>
        <translation>Usage : jisrctl demo --cases N [--seed S] [--with-users] [--confirm-real-centre]</translation>
    </message>
</context>
<context>
    <name>DemoDataLoader</name>
    <message>
        <source>This database is a real centre&apos;s: demo people go only into a database created as a demo, unless an administrator confirms loading them here.</source>
        <translation>Cette base de données est celle d&apos;un vrai centre : les personnes de démonstration ne vont que dans une base créée pour la démonstration, sauf si un administrateur confirme les charger ici.</translation>
    </message>
</context>
<context>
    <name>DocumentPrintCommand</name>
    <message>
        <source>Usage: jisrctl evaluation letter EVAL --pdf FILE</source>
        <translation>Usage : jisrctl evaluation letter EVAL --pdf FICHIER</translation>
    </message>
    <message>
        <source>Refusal letter written to %1</source>
        <translation>Lettre de refus enregistrée dans %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl case summary DOSSIER --pdf FILE</source>
        <translation>Usage : jisrctl case summary DOSSIER --pdf FICHIER</translation>
    </message>
    <message>
        <source>Case summary written to %1</source>
        <translation>Fiche de synthèse enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>This CIN is already recorded in case file %1.</source>
        <translation>Cette CIN est déjà enregistrée dans le dossier %1.</translation>
    </message>
    <message>
        <source>This IDCS is already recorded in case file %1.</source>
        <translation>Cet IDCS est déjà enregistré dans le dossier %1.</translation>
    </message>
    <message>
        <source>A case file with a similar name and birth year already exists (%1). Check that it is not the same person before saving.</source>
        <translation>Un dossier au nom et à l&apos;année de naissance proches existe déjà (%1). Vérifiez qu&apos;il ne s&apos;agit pas de la même personne avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>EvaluationCommand</name>
    <message>
        <source>--%1 expects NAME=VALUE, for example mobility=3.</source>
        <translation>--%1 attend NOM=VALEUR, par exemple mobility=3.</translation>
    </message>
    <message>
        <source>--%1 expects a qualifier from 0 to 4.</source>
        <translation>--%1 attend un qualificatif de 0 à 4.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation open DOSSIER [--kind first|renewal|change] [--json]</source>
        <translation>Usage : jisrctl evaluation open DOSSIER [--kind first|renewal|change] [--json]</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation medical EVAL --impairment DOMAIN=0..4[,DOMAIN=0..4...] [--diagnosis T] [--icd10 C]</source>
        <translation>Usage : jisrctl evaluation medical EVAL --impairment DOMAIN=0..4[,DOMAIN=0..4...] [--diagnosis T] [--icd10 C]</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation social EVAL --participation DOMAIN=0..4[/0..4][,...] [--environment FACTOR=barrier|facilitator[,...]]</source>
        <translation>Usage : jisrctl evaluation social EVAL --participation DOMAIN=0..4[/0..4][,...] [--environment FACTOR=barrier|facilitator[,...]]</translation>
    </message>
    <message>
        <source>--rsu-index expects a number.</source>
        <translation>--rsu-index attend un nombre.</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation submit EVAL</source>
        <translation>Usage : jisrctl evaluation submit EVAL</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation decide EVAL --eligible yes|no [--degree mild|moderate|severe|profound] [--types motor,...] --reference REF --date D [--reason T]</source>
        <translation>Usage : jisrctl evaluation decide EVAL --eligible yes|no [--degree mild|moderate|severe|profound] [--types motor,...] --reference REF --date D [--reason T]</translation>
    </message>
    <message>
        <source>--%1 expects a date (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>--%1 attend une date (jj/mm/aaaa ou aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>Usage: jisrctl evaluation open|medical|social|submit|decide|letter ...</source>
        <translation>Usage : jisrctl evaluation open|medical|social|submit|decide|letter ...</translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>First card</source>
        <translation>Première carte</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Change of situation</source>
        <translation>Changement de situation</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne elle-même</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>Un tuteur</translation>
    </message>
    <message>
        <source>Application in progress</source>
        <translation>Demande en cours</translation>
    </message>
    <message>
        <source>At the committee</source>
        <translation>Devant la commission</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Intellectual functions</source>
        <translation>Fonctions intellectuelles</translation>
    </message>
    <message>
        <source>Mental functions</source>
        <translation>Fonctions psychiques</translation>
    </message>
    <message>
        <source>Internal organs</source>
        <translation>Fonctions viscérales</translation>
    </message>
    <message>
        <source>Learning and applying knowledge</source>
        <translation>Apprentissage et application des connaissances</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Entretien personnel</translation>
    </message>
    <message>
        <source>Domestic life</source>
        <translation>Vie domestique</translation>
    </message>
    <message>
        <source>Relationships with others</source>
        <translation>Relations avec autrui</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Work and employment</source>
        <translation>Travail et emploi</translation>
    </message>
    <message>
        <source>Community and social life</source>
        <translation>Vie communautaire et sociale</translation>
    </message>
    <message>
        <source>Products and technology</source>
        <translation>Produits et technologies</translation>
    </message>
    <message>
        <source>Natural and built environment</source>
        <translation>Environnement naturel et bâti</translation>
    </message>
    <message>
        <source>Support and relationships</source>
        <translation>Soutien et relations</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <translation>Attitudes</translation>
    </message>
    <message>
        <source>Services, systems and policies</source>
        <translation>Services, systèmes et politiques</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Guardianship judgement</source>
        <translation>Jugement de tutelle</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Code qualificatif</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>0 · none</source>
        <translation>0 · aucun</translation>
    </message>
    <message>
        <source>1 · mild</source>
        <translation>1 · léger</translation>
    </message>
    <message>
        <source>2 · moderate</source>
        <translation>2 · modéré</translation>
    </message>
    <message>
        <source>3 · severe</source>
        <translation>3 · grave</translation>
    </message>
    <message>
        <source>4 · complete</source>
        <translation>4 · total</translation>
    </message>
    <message>
        <source>0 · no problem (0-4 %)</source>
        <translation>0 · aucun problème (0-4 %)</translation>
    </message>
    <message>
        <source>1 · mild problem (5-24 %)</source>
        <translation>1 · problème léger (5-24 %)</translation>
    </message>
    <message>
        <source>2 · moderate problem (25-49 %)</source>
        <translation>2 · problème modéré (25-49 %)</translation>
    </message>
    <message>
        <source>3 · severe problem (50-95 %)</source>
        <translation>3 · problème grave (50-95 %)</translation>
    </message>
    <message>
        <source>4 · complete problem (96-100 %)</source>
        <translation>4 · problème total (96-100 %)</translation>
    </message>
    <message>
        <source>ICF qualifiers: 0 none, 1 mild, 2 moderate, 3 severe, 4 complete. A domain left empty was not assessed. Type the digit or press F2 to choose.</source>
        <translation>Codes qualificatifs de la CIF : 0 aucun, 1 léger, 2 modéré, 3 grave, 4 total. Un domaine laissé vide n&apos;a pas été évalué. Tapez le chiffre ou appuyez sur F2 pour choisir.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Eligible, %1, valid until %2</source>
        <translation>Éligible, %1, valable jusqu&apos;au %2</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>The first run also creates the centre&apos;s first administrator: add --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME.</source>
        <translation>La première initialisation crée aussi le premier administrateur du centre : ajoutez --admin IDENTIFIANT --admin-name-fr NOM --admin-name-ar NOM.</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Mot de passe de l&apos;administrateur %1 : </translation>
    </message>
    <message>
        <source>Centre ready: %1 (%2), dossier series %3, data in %4</source>
        <translation>Centre prêt : %1 (%2), série de dossiers %3, données dans %4</translation>
    </message>
    <message>
        <source>Usage: jisrctl init --province CODE --centre NAME [--centre-ar NAME] [--address A] [--phone P] [--series XYZ] [--demo] --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME</source>
        <translation>Usage : jisrctl init --province CODE --centre NOM [--centre-ar NOM] [--address A] [--phone T] [--series XYZ] [--demo] --admin IDENTIFIANT --admin-name-fr NOM --admin-name-ar NOM</translation>
    </message>
</context>
<context>
    <name>JointSlotFinder</name>
    <message>
        <source>This service needs no practitioner.</source>
        <translation>Cette prestation ne demande aucun intervenant.</translation>
    </message>
    <message>
        <source>No active practitioner has the profession this service needs (%1).</source>
        <translation>Aucun intervenant actif n&apos;a la profession que demande cette prestation (%1).</translation>
    </message>
    <message>
        <source>No room meets this service&apos;s needs.</source>
        <translation>Aucune salle ne répond aux besoins de cette prestation.</translation>
    </message>
    <message>
        <source>The centre is closed that day (%1).</source>
        <translation>Le centre est fermé ce jour-là (%1).</translation>
    </message>
    <message>
        <source>The practitioner needed (%1) is absent that day.</source>
        <translation>L&apos;intervenant demandé (%1) est absent ce jour-là.</translation>
    </message>
    <message>
        <source>No practitioner needed (%1) works that day.</source>
        <translation>Aucun intervenant demandé (%1) ne travaille ce jour-là.</translation>
    </message>
    <message>
        <source>No suitable room is free at that time.</source>
        <translation>Aucune salle adaptée n&apos;est libre à cette heure.</translation>
    </message>
    <message>
        <source>The practitioner needed (%1) is already booked at that time.</source>
        <translation>L&apos;intervenant demandé (%1) a déjà un rendez-vous à cette heure.</translation>
    </message>
    <message>
        <source>That time is outside the working hours of the practitioner needed (%1).</source>
        <translation>Cette heure est en dehors des horaires de l&apos;intervenant demandé (%1).</translation>
    </message>
    <message>
        <source>The beneficiary already has an appointment at that time.</source>
        <translation>Le bénéficiaire a déjà un rendez-vous à cette heure.</translation>
    </message>
</context>
<context>
    <name>NationalHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Proclamation of Independence</source>
        <translation>Manifeste de l&apos;Indépendance</translation>
    </message>
    <message>
        <source>Amazigh New Year</source>
        <translation>Nouvel an amazigh</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Throne Day</source>
        <translation>Fête du Trône</translation>
    </message>
    <message>
        <source>Oued Ed-Dahab Day</source>
        <translation>Allégeance de Oued Eddahab</translation>
    </message>
    <message>
        <source>Revolution of the King and the People</source>
        <translation>Révolution du Roi et du Peuple</translation>
    </message>
    <message>
        <source>Youth Day</source>
        <translation>Fête de la Jeunesse</translation>
    </message>
    <message>
        <source>Green March</source>
        <translation>Marche verte</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Fête de l&apos;Indépendance</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>A password can have at most %1 characters.</source>
        <translation>Un mot de passe compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>This password is among the most common ones: choose another.</source>
        <translation>Ce mot de passe fait partie des plus courants : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The password cannot contain the login.</source>
        <translation>Le mot de passe ne peut pas contenir l&apos;identifiant.</translation>
    </message>
</context>
<context>
    <name>PrinterCardSink</name>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>L&apos;imprimante %1 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the card.</source>
        <translation>L&apos;imprimante %1 n&apos;a pas accepté la carte.</translation>
    </message>
</context>
<context>
    <name>ProfessionLabels</name>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Kinésithérapeute</translation>
    </message>
    <message>
        <source>Speech therapist</source>
        <translation>Orthophoniste</translation>
    </message>
    <message>
        <source>Psychomotor therapist</source>
        <translation>Psychomotricien</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>Ergothérapeute</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistante sociale</translation>
    </message>
    <message>
        <source>general practice</source>
        <translation>médecine générale</translation>
    </message>
    <message>
        <source>physical medicine and rehabilitation</source>
        <translation>médecine physique et réadaptation</translation>
    </message>
    <message>
        <source>paediatrics</source>
        <translation>pédiatrie</translation>
    </message>
    <message>
        <source>psychiatry</source>
        <translation>psychiatrie</translation>
    </message>
    <message>
        <source>neurology</source>
        <translation>neurologie</translation>
    </message>
    <message>
        <source>ENT</source>
        <translation>ORL</translation>
    </message>
    <message>
        <source>ophthalmology</source>
        <translation>ophtalmologie</translation>
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
        <translation>Le code QR n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The card&apos;s data does not fit a QR code an ordinary phone reads.</source>
        <translation>Les données de la carte ne tiennent pas dans un code QR lisible par un téléphone ordinaire.</translation>
    </message>
</context>
<context>
    <name>QrImageReader</name>
    <message>
        <source>This file is not an image Jisr can read (use PNG or JPEG).</source>
        <translation>Ce fichier n&apos;est pas une image que Jisr sait lire (utilisez PNG ou JPEG).</translation>
    </message>
    <message>
        <source>No readable QR code was found in this image.</source>
        <translation>Aucun code QR lisible n&apos;a été trouvé dans cette image.</translation>
    </message>
</context>
<context>
    <name>ScheduleCalendar</name>
    <message>
        <source>closing day</source>
        <translation>jour de fermeture</translation>
    </message>
</context>
<context>
    <name>SchedulingCommand</name>
    <message>
        <source>--weekday is 1 (Monday) to 7 (Sunday), or a range such as 1-5: %1</source>
        <translation>--weekday va de 1 (lundi) à 7 (dimanche), ou une plage comme 1-5 : %1</translation>
    </message>
    <message>
        <source>%1 is a time written HH:MM: %2</source>
        <translation>%1 est une heure écrite HH:MM : %2</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD or dd/mm/yyyy): %2</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM-JJ ou jj/mm/aaaa) : %2</translation>
    </message>
    <message>
        <source>Usage: jisrctl practitioner add --name-fr N --name-ar N --profession P [--specialty S] [--login L]
       jisrctl practitioner hours ID --weekday 1..7 --from HH:MM --to HH:MM [--from-date D --to-date D] (repeatable)
       jisrctl practitioner absence ID --from D [--to D] [--reason R]</source>
        <translation>Usage : jisrctl practitioner add --name-fr N --name-ar N --profession P [--specialty S] [--login L]
        jisrctl practitioner hours ID --weekday 1..7 --from HH:MM --to HH:MM [--from-date D --to-date D] (répétable)
        jisrctl practitioner absence ID --from D [--to D] [--reason R]</translation>
    </message>
    <message>
        <source>Practitioner added: %1</source>
        <translation>Intervenant ajouté : %1</translation>
    </message>
    <message>
        <source>Give --weekday, --from and --to together, once per period.</source>
        <translation>Donnez --weekday, --from et --to ensemble, une fois par période.</translation>
    </message>
    <message numerus="yes">
        <source>%n working period(s) added.</source>
        <translation>
            <numerusform>%n période de travail ajoutée.</numerusform>
            <numerusform>%n périodes de travail ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absence recorded.</source>
        <translation>Absence enregistrée.</translation>
    </message>
    <message>
        <source>Usage: jisrctl room add --name N [--accessible]</source>
        <translation>Usage : jisrctl room add --name N [--accessible]</translation>
    </message>
    <message>
        <source>Room added: %1</source>
        <translation>Salle ajoutée : %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl closing add D [--to D] --reason R</source>
        <translation>Usage : jisrctl closing add D [--to D] --reason R</translation>
    </message>
    <message>
        <source>The closing day</source>
        <translation>Le jour de fermeture</translation>
    </message>
    <message>
        <source>Closing recorded.</source>
        <translation>Fermeture enregistrée.</translation>
    </message>
    <message>
        <source>Usage: jisrctl service add CODE --name-fr N --name-ar N --minutes M --need PROFESSION[:SPECIALTY]... [--room any|accessible] [--sequence --max-gap M]</source>
        <translation>Usage : jisrctl service add CODE --name-fr N --name-ar N --minutes M --need PROFESSION[:SPÉCIALITÉ]... [--room any|accessible] [--sequence --max-gap M]</translation>
    </message>
    <message>
        <source>--minutes is a number of minutes.</source>
        <translation>--minutes est un nombre de minutes.</translation>
    </message>
    <message>
        <source>--room is any or accessible.</source>
        <translation>--room vaut any ou accessible.</translation>
    </message>
    <message>
        <source>Service added: %1</source>
        <translation>Prestation ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit attend un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>Usage: jisrctl search TEXT [--limit N]</source>
        <translation>Usage : jisrctl search TEXTE [--limit N]</translation>
    </message>
    <message>
        <source>No case file found.</source>
        <translation>Aucun dossier trouvé.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The screen locks after 1 to 60 minutes of inactivity.</source>
        <translation>L&apos;écran se verrouille après 1 à 60 minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Choose the printer to calibrate.</source>
        <translation>Choisissez l&apos;imprimante à calibrer.</translation>
    </message>
    <message>
        <source>A printer&apos;s offset is at most 10 mm in each direction.</source>
        <translation>Le décalage d&apos;une imprimante est d&apos;au plus 10 mm dans chaque sens.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>This system cannot read the %1 encoding.</source>
        <translation>Ce système ne sait pas lire l&apos;encodage %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (byte %2).</source>
        <translation>Le fichier n&apos;est pas un texte %1 valide (octet %2).</translation>
    </message>
    <message>
        <source>Unknown encoding %1. Use one of: %2.</source>
        <translation>Encodage inconnu %1. Utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text. Save it as UTF-8 or choose its encoding with --encoding.</source>
        <translation>Le fichier n&apos;est pas un texte %1 valide. Enregistrez-le en UTF-8 ou indiquez son encodage avec --encoding.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text.</source>
        <translation>Le fichier contient des données binaires, pas du texte.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>Password reset: %1 must choose a new one at the next login.</source>
        <translation>Mot de passe réinitialisé : %1 devra en choisir un nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Account enabled: %1</source>
        <translation>Compte activé : %1</translation>
    </message>
    <message>
        <source>Account disabled: %1</source>
        <translation>Compte désactivé : %1</translation>
    </message>
    <message>
        <source>Usage: jisrctl user add LOGIN --name-fr N --name-ar N --roles R,R</source>
        <translation>Usage : jisrctl user add IDENTIFIANT --name-fr N --name-ar N --roles R,R</translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation>Rôle inconnu : %1</translation>
    </message>
    <message>
        <source>Account created: %1 (must change the password at first login)</source>
        <translation>Compte créé : %1 (changement du mot de passe à la première connexion)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN user add LOGIN --name-fr N --name-ar N --roles reception,doctor,social_worker,administrator [--lang ar|fr]
       jisrctl --user LOGIN user list|disable LOGIN|enable LOGIN|reset-password LOGIN|passwd</source>
        <translation>Usage : jisrctl --user IDENTIFIANT user add IDENTIFIANT --name-fr N --name-ar N --roles reception,doctor,social_worker,administrator [--lang ar|fr]
        jisrctl --user IDENTIFIANT user list|disable IDENTIFIANT|enable IDENTIFIANT|reset-password IDENTIFIANT|passwd</translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN user passwd</source>
        <translation>Usage : jisrctl --user IDENTIFIANT user passwd</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>Mot de passe changé pour %1.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Saisissez-le à nouveau : </translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>There is no account with this login.</source>
        <translation>Aucun compte ne porte cet identifiant.</translation>
    </message>
    <message>
        <source>A login has 2 to 32 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>Un identifiant compte 2 à 32 lettres minuscules, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>The language is Arabic or French.</source>
        <translation>La langue est l&apos;arabe ou le français.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>Cet identifiant est déjà pris.</translation>
    </message>
    <message>
        <source>This centre already has accounts: an administrator adds new ones.</source>
        <translation>Ce centre a déjà des comptes : c&apos;est un administrateur qui en ajoute.</translation>
    </message>
    <message>
        <source>This is the last active administrator: add another one first.</source>
        <translation>C&apos;est le dernier administrateur actif : ajoutez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Choose a password different from the old one.</source>
        <translation>Choisissez un mot de passe différent de l&apos;ancien.</translation>
    </message>
</context>
<context>
    <name>jisr::AdminMenu</name>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Automatic &amp;lock delay…</source>
        <translation>Délai de &amp;verrouillage automatique…</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>Verrouiller l&apos;écran après ce nombre de minutes sans utilisation :</translation>
    </message>
    <message>
        <source>Disability &amp;cards…</source>
        <translation>&amp;Cartes de handicap…</translation>
    </message>
    <message>
        <source>C&amp;entre details…</source>
        <translation>Coordonnées du c&amp;entre…</translation>
    </message>
    <message>
        <source>&amp;Scheduling set-up…</source>
        <translation>&amp;Paramétrage des rendez-vous…</translation>
    </message>
</context>
<context>
    <name>jisr::ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Demandeur :</translation>
    </message>
    <message>
        <source>&amp;Kind of application:</source>
        <translation>&amp;Nature de la demande :</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Open the application</source>
        <translation>&amp;Ouvrir la demande</translation>
    </message>
    <message>
        <source>Supporting documents (tick a missing one to attach it)</source>
        <translation>Pièces justificatives (cochez une pièce manquante pour la joindre)</translation>
    </message>
    <message>
        <source>A&amp;ttach the selected document…</source>
        <translation>&amp;Joindre la pièce sélectionnée…</translation>
    </message>
    <message>
        <source>&amp;Send to the committee</source>
        <translation>&amp;Transmettre à la commission</translation>
    </message>
    <message>
        <source>Received on %1 · applicant: %2 · %3</source>
        <translation>Reçue le %1 · demandeur : %2 · %3</translation>
    </message>
    <message>
        <source>Sent to the committee.</source>
        <translation>Transmise à la commission.</translation>
    </message>
    <message>
        <source>The file holds every supporting document.</source>
        <translation>Le dossier contient toutes les pièces justificatives.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Pièces manquantes : %1.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>The application is open. Attach the supporting documents.</source>
        <translation>La demande est ouverte. Joignez les pièces justificatives.</translation>
    </message>
    <message>
        <source>Choose the document to attach in the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste la pièce à joindre.</translation>
    </message>
    <message>
        <source>Attach: %1</source>
        <translation>Joindre : %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Scans and PDF (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Numérisations et PDF (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Pièce jointe : %1.</translation>
    </message>
    <message>
        <source>The application was sent to the committee.</source>
        <translation>La demande a été transmise à la commission.</translation>
    </message>
    <message>
        <source>Not sent to the committee: the application is incomplete.</source>
        <translation>Non transmise à la commission : la demande est incomplète.</translation>
    </message>
    <message>
        <source>Missing document: %1</source>
        <translation>Pièce manquante : %1</translation>
    </message>
</context>
<context>
    <name>jisr::AppointmentService</name>
    <message>
        <source>No case file has this number.</source>
        <translation>Aucun dossier n&apos;a ce numéro.</translation>
    </message>
    <message>
        <source>This person is recorded as deceased: no appointment can be booked.</source>
        <translation>Cette personne est enregistrée comme décédée : aucun rendez-vous ne peut être pris.</translation>
    </message>
    <message>
        <source>This case file is archived: reopen it before booking an appointment.</source>
        <translation>Ce dossier est archivé : rouvrez-le avant de prendre un rendez-vous.</translation>
    </message>
    <message>
        <source>No service has this code.</source>
        <translation>Aucune prestation n&apos;a ce code.</translation>
    </message>
    <message>
        <source>The first day to search is not a valid date.</source>
        <translation>Le premier jour de la recherche n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The end of the search comes before its start.</source>
        <translation>La fin de la recherche précède son début.</translation>
    </message>
    <message>
        <source>Search at most a year at a time.</source>
        <translation>Cherchez au plus un an à la fois.</translation>
    </message>
    <message>
        <source>This time cannot be booked: %1</source>
        <translation>Cette heure ne peut pas être réservée : %1</translation>
    </message>
    <message>
        <source>The appointment&apos;s date and time are not valid (YYYY-MM-DDTHH:MM).</source>
        <translation>La date et l&apos;heure du rendez-vous ne sont pas valides (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
        <source>This time is already past.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <source>The new time is not valid or already past.</source>
        <translation>La nouvelle heure n&apos;est pas valide ou est déjà passée.</translation>
    </message>
    <message>
        <source>Only an appointment still to come can be rescheduled.</source>
        <translation>Seul un rendez-vous à venir peut être reporté.</translation>
    </message>
    <message>
        <source>No appointment has this id.</source>
        <translation>Aucun rendez-vous n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>en consultation</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>This appointment is %1: that step does not apply.</source>
        <translation>Ce rendez-vous est %1 : cette étape ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>This appointment is not today: the person cannot be checked in for it.</source>
        <translation>Ce rendez-vous n&apos;est pas aujourd&apos;hui : la personne ne peut pas être enregistrée à l&apos;arrivée.</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Indiquez pourquoi le rendez-vous est annulé.</translation>
    </message>
    <message>
        <source>A no-show is recorded once the appointment&apos;s day is over.</source>
        <translation>Une absence au rendez-vous s&apos;enregistre une fois sa journée terminée.</translation>
    </message>
    <message>
        <source>A series has 2 to 52 occurrences.</source>
        <translation>Une série compte de 2 à 52 rendez-vous.</translation>
    </message>
    <message>
        <source>Occurrences are 1 to 31 days apart.</source>
        <translation>Les rendez-vous d&apos;une série sont espacés de 1 à 31 jours.</translation>
    </message>
    <message>
        <source>Occurrence %1 (%2) cannot be booked, nor moved before the next one: %3</source>
        <translation>Le rendez-vous n° %1 (%2) ne peut être ni pris ni déplacé avant le suivant : %3</translation>
    </message>
    <message>
        <source>%1 moved to %2: %3</source>
        <translation>%1 déplacé au %2 : %3</translation>
    </message>
    <message>
        <source>This appointment is not part of a series.</source>
        <translation>Ce rendez-vous ne fait pas partie d&apos;une série.</translation>
    </message>
    <message>
        <source>Another practitioner has just taken this person.</source>
        <translation>Un autre praticien vient de prendre en charge cette personne.</translation>
    </message>
    <message>
        <source>No practitioner in service has this id.</source>
        <translation>Aucun praticien en activité n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>The day is over: a walk-in can join tomorrow&apos;s queue.</source>
        <translation>La journée est terminée : la personne sans rendez-vous pourra être inscrite demain.</translation>
    </message>
    <message>
        <source>This person is already in the waiting room.</source>
        <translation>Cette personne est déjà en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>This person has an appointment today at %1: check them in for it instead.</source>
        <translation>Cette personne a un rendez-vous aujourd&apos;hui à %1 : enregistrez plutôt son arrivée pour ce rendez-vous.</translation>
    </message>
</context>
<context>
    <name>jisr::AuditLog</name>
    <message>
        <source>entries %1 to %2 were removed</source>
        <translation>les entrées %1 à %2 ont été supprimées</translation>
    </message>
    <message>
        <source>the entry before it was altered or removed</source>
        <translation>l&apos;entrée précédente a été modifiée ou supprimée</translation>
    </message>
    <message>
        <source>this entry was altered</source>
        <translation>cette entrée a été modifiée</translation>
    </message>
</context>
<context>
    <name>jisr::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>User login</source>
        <translation>Identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entrée exportée.</numerusform>
            <numerusform>%n entrées exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1.</source>
        <translation>Le journal d&apos;audit a été modifié à l&apos;entrée %1.</translation>
    </message>
</context>
<context>
    <name>jisr::BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre un rendez-vous</translation>
    </message>
    <message>
        <source>Appointment for %1</source>
        <translation>Rendez-vous pour %1</translation>
    </message>
    <message>
        <source>&amp;Book the selected time</source>
        <translation>&amp;Réserver le créneau choisi</translation>
    </message>
    <message>
        <source>30 days later</source>
        <translation>30 jours après</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Prestation :</translation>
    </message>
    <message>
        <source>&amp;From (dd/mm/yyyy):</source>
        <translation>À &amp;partir du (jj/mm/aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Time of day:</source>
        <translation>&amp;Moment de la journée :</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>Jour de la &amp;semaine :</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>Pra&amp;ticien :</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>N&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>N&apos;importe quel praticien</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as dd/mm/yyyy (for example %2).</source>
        <translation>%1 n&apos;est pas une date : saisissez-la sous la forme jj/mm/aaaa (par exemple %2).</translation>
    </message>
    <message>
        <source>No service is set up yet: an administrator adds them.</source>
        <translation>Aucune prestation n&apos;est encore paramétrée : un administrateur doit les ajouter.</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Le premier jour</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Le dernier jour</translation>
    </message>
    <message>
        <source>No free time in these days: search further or change the preferences.</source>
        <translation>Aucun créneau libre sur ces jours : cherchez plus loin ou changez les préférences.</translation>
    </message>
    <message>
        <source>The first free times. Enter books the selected one.</source>
        <translation>Les premiers créneaux libres. Entrée réserve celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Here are the next free times.</source>
        <translation>Voici les prochains créneaux libres.</translation>
    </message>
    <message>
        <source>Booked: %1, %2, %3, with %4%5.</source>
        <translation>Rendez-vous pris : %1, %2, %3, avec %4%5.</translation>
    </message>
    <message>
        <source>, room %1</source>
        <translation>, salle %1</translation>
    </message>
</context>
<context>
    <name>jisr::CancelAppointmentDialog</name>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Le centre</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Cancelled &amp;by:</source>
        <translation>Annulé &amp;par :</translation>
    </message>
    <message>
        <source>Appointment of %1</source>
        <translation>Rendez-vous de %1</translation>
    </message>
</context>
<context>
    <name>jisr::CardListDialog</name>
    <message>
        <source>Disability cards</source>
        <translation>Cartes de handicap</translation>
    </message>
    <message>
        <source>Approved, not yet printed</source>
        <translation>Approuvées, pas encore imprimées</translation>
    </message>
    <message>
        <source>Printed, not yet delivered</source>
        <translation>Imprimées, pas encore remises</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Expirant dans les %1 jours</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Imprimer en PDF…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimpression</translation>
    </message>
    <message>
        <source>This card was printed already. Why print it again (lost, damaged…)?</source>
        <translation>Cette carte a déjà été imprimée. Pourquoi la réimprimer (perte, détérioration…) ?</translation>
    </message>
    <message>
        <source>Print the card to PDF</source>
        <translation>Imprimer la carte en PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print all approved…</source>
        <translation>Imprimer toutes les cartes approuvées…</translation>
    </message>
    <message>
        <source>Print log…</source>
        <translation>Journal d&apos;impression…</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Fiche de synthèse…</translation>
    </message>
</context>
<context>
    <name>jisr::CardListModel</name>
    <message>
        <source>Approved, not printed</source>
        <translation>Approuvée, non imprimée</translation>
    </message>
    <message>
        <source>Printed, not delivered</source>
        <translation>Imprimée, non remise</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>N° de carte</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>jisr::CardPrintDialog</name>
    <message>
        <source>Print disability cards</source>
        <translation>Imprimer les cartes de handicap</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to print.</source>
        <translation>
            <numerusform>%n carte à imprimer.</numerusform>
            <numerusform>%n cartes à imprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>Imprimer sur</translation>
    </message>
    <message>
        <source>Card printer, both sides at once (duplex)</source>
        <translation>Imprimante à cartes, recto verso en un passage</translation>
    </message>
    <message>
        <source>Card printer, fronts then backs (two passes)</source>
        <translation>Imprimante à cartes, rectos puis versos (deux passages)</translation>
    </message>
    <message>
        <source>A4 plain paper, for a test (real size)</source>
        <translation>Papier A4 ordinaire, pour un essai (taille réelle)</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Calibration (mm, right / down)</source>
        <translation>Calibrage (mm, vers la droite / vers le bas)</translation>
    </message>
    <message>
        <source>Moves the card to the right (negative: to the left)</source>
        <translation>Décale la carte vers la droite (négatif : vers la gauche)</translation>
    </message>
    <message>
        <source>Moves the card down (negative: up)</source>
        <translation>Décale la carte vers le bas (négatif : vers le haut)</translation>
    </message>
    <message>
        <source>Save for this printer</source>
        <translation>Enregistrer pour cette imprimante</translation>
    </message>
    <message>
        <source>Reason of the reprint</source>
        <translation>Motif de la réimpression</translation>
    </message>
    <message>
        <source>Lost, damaged… (needed for a card printed already)</source>
        <translation>Perte, détérioration… (carte déjà imprimée)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Print the cards to PDF</source>
        <translation>Imprimer les cartes en PDF</translation>
    </message>
    <message>
        <source>No printer is installed on this computer: choose PDF, or add the printer in the system&apos;s settings.</source>
        <translation>Aucune imprimante n&apos;est installée sur cet ordinateur : choisissez PDF, ou ajoutez l&apos;imprimante dans les paramètres du système.</translation>
    </message>
    <message>
        <source>A card in this print was printed already: give the reason for the reprint (lost, damaged…).</source>
        <translation>Une carte de cette impression a déjà été imprimée : indiquez la raison de la réimpression (perte, détérioration…).</translation>
    </message>
    <message>
        <source>Printing the cards…</source>
        <translation>Impression des cartes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>The fronts of %n card(s) are printed. Turn the cards over, put them back in the same order and continue.</source>
        <translation>
            <numerusform>Le recto de %n carte est imprimé. Retournez la carte, remettez-la dans l&apos;imprimante et continuez.</numerusform>
            <numerusform>Les rectos de %n cartes sont imprimés. Retournez les cartes, remettez-les dans le même ordre et continuez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) printed and recorded in the print log.</source>
        <translation>
            <numerusform>%n carte imprimée et inscrite au journal d&apos;impression.</numerusform>
            <numerusform>%n cartes imprimées et inscrites au journal d&apos;impression.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer stopped: %1. The cards not printed stay to print.</source>
        <translation>L&apos;imprimante s&apos;est arrêtée : %1. Les cartes non imprimées restent à imprimer.</translation>
    </message>
    <message>
        <source>Printing was cancelled: the cards not printed stay to print.</source>
        <translation>L&apos;impression a été annulée : les cartes non imprimées restent à imprimer.</translation>
    </message>
    <message>
        <source>Card %1 not printed: %2</source>
        <translation>Carte %1 non imprimée : %2</translation>
    </message>
</context>
<context>
    <name>jisr::CardService</name>
    <message>
        <source>This card is void or revoked: it cannot be printed.</source>
        <translation>Cette carte est annulée ou retirée : elle ne peut pas être imprimée.</translation>
    </message>
    <message>
        <source>This card has expired: a renewal is needed, not a print.</source>
        <translation>Cette carte a expiré : il faut un renouvellement, pas une impression.</translation>
    </message>
    <message>
        <source>This card was printed already: give the reason for the reprint (lost, damaged...).</source>
        <translation>Cette carte a déjà été imprimée : indiquez le motif de la réimpression (perte, détérioration...).</translation>
    </message>
    <message>
        <source>The file has no photo: add the holder&apos;s photo before printing.</source>
        <translation>Le dossier n&apos;a pas de photo : ajoutez la photo du titulaire avant d&apos;imprimer.</translation>
    </message>
    <message>
        <source>This card was printed meanwhile: prepare the print again.</source>
        <translation>Cette carte a été imprimée entre-temps : préparez à nouveau l&apos;impression.</translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation>Aucune carte ne porte ce numéro.</translation>
    </message>
    <message>
        <source>This case file does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The committee has not decided on this file yet: no card can be issued.</source>
        <translation>La commission n&apos;a pas encore statué sur ce dossier : aucune carte ne peut être émise.</translation>
    </message>
    <message>
        <source>The committee&apos;s last decision refused the card: no card can be issued.</source>
        <translation>La dernière décision de la commission a refusé la carte : aucune carte ne peut être émise.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision has expired: a renewal is needed.</source>
        <translation>La décision de la commission a expiré : un renouvellement est nécessaire.</translation>
    </message>
    <message>
        <source>The file has no photo: add the holder&apos;s photo before issuing the card.</source>
        <translation>Le dossier n&apos;a pas de photo : ajoutez la photo du titulaire avant d&apos;émettre la carte.</translation>
    </message>
    <message>
        <source>A card was already issued for this decision: reprint it instead.</source>
        <translation>Une carte a déjà été émise pour cette décision : réimprimez-la plutôt.</translation>
    </message>
    <message>
        <source>Unknown card state.</source>
        <translation>État de carte inconnu.</translation>
    </message>
    <message>
        <source>The receipt is the holder&apos;s signature or thumbprint.</source>
        <translation>La réception se note par la signature ou l&apos;empreinte du titulaire.</translation>
    </message>
    <message>
        <source>Only a printed card can be delivered.</source>
        <translation>Seule une carte imprimée peut être remise.</translation>
    </message>
    <message>
        <source>Give the reason the card is void.</source>
        <translation>Indiquez pourquoi la carte est annulée.</translation>
    </message>
    <message>
        <source>This card is already void or revoked.</source>
        <translation>Cette carte est déjà annulée ou retirée.</translation>
    </message>
    <message>
        <source>A ministry card number has letters, digits, &apos;-&apos;, &apos;/&apos; or &apos;.&apos; only, at most 40.</source>
        <translation>Un numéro ministériel de carte ne contient que des lettres, des chiffres, &apos;-&apos;, &apos;/&apos; ou &apos;.&apos;, 40 au plus.</translation>
    </message>
    <message>
        <source>Give the reason the card is revoked.</source>
        <translation>Indiquez pourquoi la carte est retirée.</translation>
    </message>
    <message>
        <source>The CIN in the file does not look like a CIN (1 or 2 letters and 5 or 6 digits): check it on the identity card and correct the file before printing.</source>
        <translation>La CIN du dossier n&apos;a pas la forme d&apos;une CIN (1 ou 2 lettres et 5 ou 6 chiffres) : vérifiez-la sur la carte d&apos;identité et corrigez le dossier avant d&apos;imprimer.</translation>
    </message>
    <message>
        <source>This card was made void or revoked while it printed: destroy the printed copy; it is not recorded.</source>
        <translation>Cette carte a été annulée ou retirée pendant son impression : détruisez l&apos;exemplaire imprimé ; il n&apos;est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>jisr::CaseAccessTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>jisr::CaseCsvActions</name>
    <message>
        <source>&amp;Import case files (CSV)…</source>
        <translation>&amp;Importer des dossiers (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export case files (CSV)…</source>
        <translation>&amp;Exporter les dossiers (CSV)…</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV ou texte (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export case files</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) exported.</source>
        <translation>
            <numerusform>%n dossier exporté.</numerusform>
            <numerusform>%n dossiers exportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jisr::CaseDocumentDialog</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Lettre de refus</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Fiche de synthèse du dossier</translation>
    </message>
</context>
<context>
    <name>jisr::CaseDocumentsTab</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Scans and PDF (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans et PDF (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
</context>
<context>
    <name>jisr::CaseFieldsPage</name>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>The date format shown in an empty date field (day/month/year, Western digits)</extracomment>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Identifiers and coverage</source>
        <translation>Identifiants et couverture</translation>
    </message>
    <message>
        <source>Guardian or companion</source>
        <translation>Tuteur ou accompagnant</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Only the year is known</source>
        <translation>Seule l&apos;année est connue</translation>
    </message>
    <message>
        <source>Parents and place of birth</source>
        <translation>Parents et lieu de naissance</translation>
    </message>
    <message>
        <source>Other contacts and address</source>
        <translation>Autres contacts et adresse</translation>
    </message>
</context>
<context>
    <name>jisr::CaseFileService</name>
    <message>
        <source>A similar case file already exists. Check it, then confirm to save anyway.</source>
        <translation>Un dossier semblable existe déjà. Vérifiez-le, puis confirmez pour enregistrer quand même.</translation>
    </message>
    <message>
        <source>The case file was not saved: some fields need correcting.</source>
        <translation>Le dossier n&apos;a pas été enregistré : certains champs sont à corriger.</translation>
    </message>
    <message>
        <source>This workstation is not set up for a centre yet: run the first-run setup or jisrctl init.</source>
        <translation>Ce poste n&apos;est pas encore configuré pour un centre : lancez la configuration initiale ou jisrctl init.</translation>
    </message>
    <message>
        <source>This case file no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This case file was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>Ce dossier a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture. Rouvrez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>No case file has this number.</source>
        <translation>Aucun dossier ne porte ce numéro.</translation>
    </message>
</context>
<context>
    <name>jisr::CaseFormWidget</name>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the case file (Ctrl+S)</source>
        <translation>Enregistrer le dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Retour à la recherche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Case file changed</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Reload the saved version?</source>
        <translation>Recharger la version enregistrée ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This case file has changes that are not saved.</source>
        <translation>Ce dossier comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Stay on the file</source>
        <translation>Rester sur le dossier</translation>
    </message>
    <message>
        <source>Read only: your role can read this identity but not change it.</source>
        <translation>Lecture seule : votre rôle permet de lire cette identité, pas de la modifier.</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>Prendre un rendez-vous…</translation>
    </message>
    <message>
        <source>Book an appointment for this person (Ctrl+B)</source>
        <translation>Prendre un rendez-vous pour cette personne (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>jisr::CaseHistoryTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
</context>
<context>
    <name>jisr::CaseImportDialog</name>
    <message>
        <source>Import case files — %1</source>
        <translation>Importer des dossiers — %1</translation>
    </message>
    <message>
        <source>Detect the encoding</source>
        <translation>Détecter l&apos;encodage</translation>
    </message>
    <message>
        <source>UTF-16 (Excel &quot;Unicode text&quot;)</source>
        <translation>UTF-16 (Excel « Texte Unicode »)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic Windows)</source>
        <translation>Windows-1256 (Windows arabe)</translation>
    </message>
    <message>
        <source>Windows-1252 (French Windows)</source>
        <translation>Windows-1252 (Windows français)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) imported.</source>
        <translation>
            <numerusform>%n dossier importé.</numerusform>
            <numerusform>%n dossiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n problem(s) in the file. Correct them in the spreadsheet and open the file again.</source>
        <translation>
            <numerusform>Rien ne peut être importé : %n problème dans le fichier. Corrigez-le dans le tableur et rouvrez le fichier.</numerusform>
            <numerusform>Rien ne peut être importé : %n problèmes dans le fichier. Corrigez-les dans le tableur et rouvrez le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1), all valid: ready to import.</source>
        <translation>
            <numerusform>%n ligne lue (%1), valide : prête à importer.</numerusform>
            <numerusform>%n lignes lues (%1), toutes valides : prêtes à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n case file(s)</source>
        <translation>
            <numerusform>Importer %n dossier</numerusform>
            <numerusform>Importer %n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jisr::CaseListModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>jisr::CaseMediaService</name>
    <message>
        <source>This case file no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This file is not an image Jisr can read (use JPEG or PNG).</source>
        <translation>Ce fichier n&apos;est pas une image lisible par Jisr (utilisez JPEG ou PNG).</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>La photo est vide.</translation>
    </message>
    <message>
        <source>The document file cannot be read.</source>
        <translation>Le fichier du document est illisible.</translation>
    </message>
    <message>
        <source>The document is larger than 20 MB.</source>
        <translation>Le document dépasse 20 Mo.</translation>
    </message>
    <message>
        <source>Unknown type of document.</source>
        <translation>Type de document inconnu.</translation>
    </message>
    <message>
        <source>The document could not be copied to the data folder.</source>
        <translation>Le document n&apos;a pas pu être copié dans le dossier de données.</translation>
    </message>
    <message>
        <source>The stored document is missing or was altered (checksum mismatch).</source>
        <translation>Le document enregistré manque ou a été modifié (somme de contrôle différente).</translation>
    </message>
</context>
<context>
    <name>jisr::CaseNotesTab</name>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>Accès d&apos;urgence…</translation>
    </message>
    <message>
        <source>Medical notes are for doctors. An administrator can open them for this file only, with a reason that the centre will see.</source>
        <translation>Les notes médicales sont réservées aux médecins. Un administrateur peut les ouvrir pour ce seul dossier, avec un motif que le centre verra.</translation>
    </message>
    <message>
        <source>Social notes are for social workers.</source>
        <translation>Les notes sociales sont réservées aux assistant(e)s sociaux(ales).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Emergency access by %1 on %2: “%3”</source>
        <translation>Accès d&apos;urgence par %1 le %2 : « %3 »</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Why do you need this person&apos;s medical notes now? The reason is recorded and shown to the centre.</source>
        <translation>Pourquoi avez-vous besoin maintenant des notes médicales de cette personne ? Le motif est enregistré et communiqué au centre.</translation>
    </message>
</context>
<context>
    <name>jisr::CaseSidePanels</name>
    <message>
        <source>Photo and documents</source>
        <translation>Photo et documents</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Notes médicales</translation>
    </message>
    <message>
        <source>Social notes</source>
        <translation>Notes sociales</translation>
    </message>
    <message>
        <source>Who opened it</source>
        <translation>Qui l&apos;a ouvert</translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation>Carte de handicap</translation>
    </message>
</context>
<context>
    <name>jisr::CaseTab</name>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>jisr::CaseValidationView</name>
    <message>
        <source>Open the existing file</source>
        <translation>Ouvrir le dossier existant</translation>
    </message>
    <message>
        <source>It is another person</source>
        <translation>C&apos;est une autre personne</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to correct. The cursor is on the first one.</source>
        <translation>
            <numerusform>Non enregistré : %n problème à corriger. Le curseur est dessus.</numerusform>
            <numerusform>Non enregistré : %n problèmes à corriger. Le curseur est sur le premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: a case file with a similar name exists. Open it, or tick &quot;It is another person&quot; and save again.</source>
        <translation>Non enregistré : un dossier au nom semblable existe. Ouvrez-le, ou cochez « C&apos;est une autre personne » et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>jisr::CentreDetailsDialog</name>
    <message>
        <source>Centre details</source>
        <translation>Coordonnées du centre</translation>
    </message>
    <message>
        <source>Centre name (French)</source>
        <translation>Nom du centre (français)</translation>
    </message>
    <message>
        <source>Centre name (Arabic)</source>
        <translation>Nom du centre (arabe)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The login screen, the status bar and the printed slips and cards show these details. The province and the dossier series cannot change.</source>
        <translation>L&apos;écran de connexion, la barre d&apos;état, les convocations et les cartes imprimées affichent ces coordonnées. La province et la série des numéros de dossier ne peuvent pas changer.</translation>
    </message>
</context>
<context>
    <name>jisr::ChecklistModel</name>
    <message>
        <source>In the file</source>
        <translation>Au dossier</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Pièce justificative</translation>
    </message>
</context>
<context>
    <name>jisr::ChoiceTableModel</name>
    <message>
        <source>— not assessed</source>
        <translation>— non évalué</translation>
    </message>
</context>
<context>
    <name>jisr::CliContext</name>
    <message>
        <source>This command needs a user: add --user LOGIN (password from JISR_PASSWORD or standard input).</source>
        <translation>Cette commande demande un utilisateur : ajoutez --user IDENTIFIANT (mot de passe depuis JISR_PASSWORD ou l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>The password of %1 was set by an administrator: choose your own first with jisrctl --user %1 user passwd (new password from JISR_NEW_PASSWORD or the next line of standard input).</source>
        <translation>Le mot de passe de %1 a été fixé par un administrateur : choisissez d&apos;abord le vôtre avec jisrctl --user %1 user passwd (nouveau mot de passe dans JISR_NEW_PASSWORD ou sur la ligne suivante de l&apos;entrée standard).</translation>
    </message>
</context>
<context>
    <name>jisr::ClosingDaysPage</name>
    <message>
        <source>&amp;Add the closing days</source>
        <translation>&amp;Ajouter la fermeture</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>même jour</translation>
    </message>
    <message>
        <source>for example Eid al-Fitr</source>
        <translation>par exemple Aïd al-Fitr</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour :</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation>fête nationale</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Le premier jour</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Le dernier jour</translation>
    </message>
    <message>
        <source>The centre is closed on these days: no appointment will be offered.</source>
        <translation>Le centre est fermé ces jours-là : aucun rendez-vous n&apos;y sera proposé.</translation>
    </message>
</context>
<context>
    <name>jisr::DataDirectory</name>
    <message>
        <source>The data folder could not be created: %1</source>
        <translation>Le dossier de données n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>%1 is in a data folder of Jisr: writing there could replace the database or a document. Choose a file outside it.</source>
        <translation>%1 est dans un dossier de données de Jisr : y écrire pourrait remplacer la base de données ou un document. Choisissez un fichier en dehors.</translation>
    </message>
</context>
<context>
    <name>jisr::Database</name>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>La base de données a refusé l&apos;opération : %1</translation>
    </message>
    <message>
        <source>The database could not be opened: %1 (%2)</source>
        <translation>La base de données n&apos;a pas pu être ouverte : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>jisr::DayScheduleModel</name>
    <message>
        <source>%1 is already part of this appointment.</source>
        <translation>%1 participe déjà à ce rendez-vous.</translation>
    </message>
</context>
<context>
    <name>jisr::DayViewDialog</name>
    <message>
        <source>Appointments of the day</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>The appointment was not moved</source>
        <translation>Le rendez-vous n&apos;a pas été déplacé</translation>
    </message>
    <message>
        <source>Print the slip (A6)…</source>
        <translation>Imprimer la convocation (A6)…</translation>
    </message>
    <message>
        <source>Print the slip (receipt)…</source>
        <translation>Imprimer la convocation (ticket)…</translation>
    </message>
    <message>
        <source>Save the slip as PDF…</source>
        <translation>Enregistrer la convocation en PDF…</translation>
    </message>
    <message>
        <source>Print %1&apos;s day…</source>
        <translation>Imprimer la journée de %1…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Intervenant</translation>
    </message>
    <message>
        <source>&amp;Print the day&apos;s list…</source>
        <translation>Im&amp;primer la liste du jour…</translation>
    </message>
    <message>
        <source>Save the list as PD&amp;F…</source>
        <translation>Enregistrer la liste en PD&amp;F…</translation>
    </message>
</context>
<context>
    <name>jisr::DecisionPage</name>
    <message>
        <source>Committee decision</source>
        <translation>Décision de la commission</translation>
    </message>
    <message>
        <source>&amp;Issue the card</source>
        <translation>Délivrer la &amp;carte</translation>
    </message>
    <message>
        <source>The committee&apos;s decision</source>
        <translation>La décision de la commission</translation>
    </message>
    <message>
        <source>&amp;Eligible</source>
        <translation>É&amp;ligible</translation>
    </message>
    <message>
        <source>&amp;Not eligible</source>
        <translation>&amp;Non éligible</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue :</translation>
    </message>
    <message>
        <source>De&amp;gree:</source>
        <translation>De&amp;gré :</translation>
    </message>
    <message>
        <source>Type(s):</source>
        <translation>Type(s) :</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Date de la décision :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valable du :</translation>
    </message>
    <message>
        <source>Rea&amp;sons (required for a refusal):</source>
        <translation>Moti&amp;fs (obligatoires en cas de refus) :</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;au :</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>The application is not open yet.</source>
        <translation>La demande n&apos;est pas encore ouverte.</translation>
    </message>
    <message>
        <source>The application has not been sent to the committee yet.</source>
        <translation>La demande n&apos;a pas encore été transmise à la commission.</translation>
    </message>
    <message>
        <source>The application is at the committee: record its decision below.</source>
        <translation>La demande est devant la commission : enregistrez sa décision ci-dessous.</translation>
    </message>
    <message>
        <source>The application is at the committee, which has not decided yet.</source>
        <translation>La demande est devant la commission, qui n&apos;a pas encore statué.</translation>
    </message>
    <message>
        <source>Eligible: disability %1, degree %2.</source>
        <translation>Éligible : handicap %1, degré %2.</translation>
    </message>
    <message>
        <source>Card valid from %1 to %2.</source>
        <translation>Carte valable du %1 au %2.</translation>
    </message>
    <message>
        <source>Not eligible.</source>
        <translation>Non éligible.</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motifs : %1</translation>
    </message>
    <message>
        <source>Decision %1 of %2.</source>
        <translation>Décision %1 du %2.</translation>
    </message>
    <message>
        <source>Card issued: number %1.</source>
        <translation>Carte délivrée : numéro %1.</translation>
    </message>
    <message>
        <source>Say whether the person is eligible.</source>
        <translation>Indiquez si la personne est éligible.</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>La décision n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Record this decision? It cannot be changed afterwards: a change needs a re-evaluation.</source>
        <translation>Enregistrer cette décision ? Elle ne pourra plus être modifiée : un changement demandera une réévaluation.</translation>
    </message>
    <message>
        <source>The decision is recorded.</source>
        <translation>La décision est enregistrée.</translation>
    </message>
    <message>
        <source>Card %1 issued: it waits to be printed in the card list.</source>
        <translation>Carte %1 délivrée : elle attend son impression dans la liste des cartes.</translation>
    </message>
    <message>
        <source>Refusal &amp;letter…</source>
        <translation>&amp;Lettre de refus…</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationDialog</name>
    <message>
        <source>Disability card application</source>
        <translation>Demande de carte de handicap</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationHistoryModel</name>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation>Référence de la commission</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationPage</name>
    <message>
        <source>The application went to the committee: this part can no longer change.</source>
        <translation>La demande a été transmise à la commission : ce volet ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date of the calendar (day/month/year).</source>
        <translation>%1 : %2 n&apos;est pas une date du calendrier (jour/mois/année).</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationService</name>
    <message>
        <source>This evaluation was already submitted to the committee.</source>
        <translation>Cette évaluation a déjà été soumise à la commission.</translation>
    </message>
    <message>
        <source>A supporting document is missing from the file.</source>
        <translation>Une pièce justificative manque au dossier.</translation>
    </message>
    <message>
        <source>The medical evaluation has not been recorded yet.</source>
        <translation>L&apos;évaluation médicale n&apos;a pas encore été saisie.</translation>
    </message>
    <message>
        <source>The social evaluation has not been recorded yet.</source>
        <translation>L&apos;évaluation sociale n&apos;a pas encore été saisie.</translation>
    </message>
    <message>
        <source>The application cannot go to the committee yet: the checklist or an evaluation is incomplete.</source>
        <translation>La demande ne peut pas encore passer en commission : la liste des pièces ou une évaluation est incomplète.</translation>
    </message>
    <message>
        <source>This evaluation has not been submitted to the committee yet.</source>
        <translation>Cette évaluation n&apos;a pas encore été soumise à la commission.</translation>
    </message>
    <message>
        <source>The committee has already decided on this evaluation: open a re-evaluation to change it.</source>
        <translation>La commission a déjà statué sur cette évaluation : ouvrez une réévaluation pour la modifier.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision needs its reference.</source>
        <translation>La décision de la commission doit porter sa référence.</translation>
    </message>
    <message>
        <source>The decision needs its date.</source>
        <translation>La décision doit porter sa date.</translation>
    </message>
    <message>
        <source>The decision cannot be dated in the future.</source>
        <translation>La décision ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>The decision cannot come before the application was received.</source>
        <translation>La décision ne peut pas précéder la réception de la demande.</translation>
    </message>
    <message>
        <source>An eligible decision gives the degree: mild, moderate, severe or profound.</source>
        <translation>Une décision favorable indique le degré : léger, modéré, sévère ou profond.</translation>
    </message>
    <message>
        <source>An eligible decision gives at least one type of disability.</source>
        <translation>Une décision favorable indique au moins un type de handicap.</translation>
    </message>
    <message>
        <source>Unknown type of disability.</source>
        <translation>Type de handicap inconnu.</translation>
    </message>
    <message>
        <source>The card&apos;s validity must end after it starts.</source>
        <translation>La validité de la carte doit finir après son début.</translation>
    </message>
    <message>
        <source>A card is valid for seven years at most.</source>
        <translation>Une carte est valable sept ans au plus.</translation>
    </message>
    <message>
        <source>A refusal must give its reasons.</source>
        <translation>Un refus doit être motivé.</translation>
    </message>
    <message>
        <source>The decision was not recorded: some fields need correcting.</source>
        <translation>La décision n&apos;a pas été enregistrée : certains champs sont à corriger.</translation>
    </message>
    <message>
        <source>Nothing was saved: some fields need correcting.</source>
        <translation>Rien n&apos;a été enregistré : certains champs sont à corriger.</translation>
    </message>
    <message>
        <source>No evaluation has this number.</source>
        <translation>Aucune évaluation ne porte ce numéro.</translation>
    </message>
    <message>
        <source>The application is a first card, a renewal or a change of situation.</source>
        <translation>La demande est une première carte, un renouvellement ou un changement de situation.</translation>
    </message>
    <message>
        <source>The applicant is the person or a guardian.</source>
        <translation>Le demandeur est la personne elle-même ou un représentant légal.</translation>
    </message>
    <message>
        <source>The application cannot be received in the future.</source>
        <translation>La demande ne peut pas être reçue dans le futur.</translation>
    </message>
    <message>
        <source>This case file does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This case file already has an application in progress: finish it before opening another.</source>
        <translation>Ce dossier a déjà une demande en cours : terminez-la avant d&apos;en ouvrir une autre.</translation>
    </message>
    <message>
        <source>This evaluation was already submitted to the committee: its parts can no longer change.</source>
        <translation>Cette évaluation a déjà été soumise à la commission : ses volets ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>A qualifier goes from 0 (no problem) to 4 (complete).</source>
        <translation>Un qualificatif va de 0 (aucun problème) à 4 (complet).</translation>
    </message>
    <message>
        <source>An ICD-10 code looks like G80 or G80.1.</source>
        <translation>Un code CIM-10 s&apos;écrit comme G80 ou G80.1.</translation>
    </message>
    <message>
        <source>Give at least one impairment domain with its qualifier.</source>
        <translation>Indiquez au moins un domaine de déficience avec son qualificatif.</translation>
    </message>
    <message>
        <source>Unknown impairment domain.</source>
        <translation>Domaine de déficience inconnu.</translation>
    </message>
    <message>
        <source>The examination cannot be in the future.</source>
        <translation>L&apos;examen ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Give at least one activity and participation domain with its qualifiers.</source>
        <translation>Indiquez au moins un domaine d&apos;activité et de participation avec ses qualificatifs.</translation>
    </message>
    <message>
        <source>Unknown activity and participation domain.</source>
        <translation>Domaine d&apos;activité et de participation inconnu.</translation>
    </message>
    <message>
        <source>Unknown environmental factor.</source>
        <translation>Facteur environnemental inconnu.</translation>
    </message>
    <message>
        <source>An environmental factor is a barrier or a facilitator.</source>
        <translation>Un facteur environnemental est un obstacle ou un facilitateur.</translation>
    </message>
    <message>
        <source>The RSU index is a number from 0 to 100.</source>
        <translation>L&apos;indice RSU est un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>The assessment cannot be in the future.</source>
        <translation>L&apos;évaluation ne peut pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>jisr::EvaluationTab</name>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Open the application</source>
        <translation>&amp;Ouvrir la demande</translation>
    </message>
</context>
<context>
    <name>jisr::FirstRunDialog</name>
    <message>
        <source>Jisr — New centre</source>
        <translation>Jisr — Nouveau centre</translation>
    </message>
    <message>
        <source>This workstation has no centre yet. Describe the centre and create its first administrator.</source>
        <translation>Ce poste n&apos;a pas encore de centre. Décrivez le centre et créez son premier administrateur.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Identifiant de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation>Créer le centre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Centre name (French)</source>
        <translation>Nom du centre (en français)</translation>
    </message>
    <message>
        <source>Centre name (Arabic)</source>
        <translation>Nom du centre (en arabe)</translation>
    </message>
</context>
<context>
    <name>jisr::FrontDeskModel</name>
    <message>
        <source>First available</source>
        <translation>Premier disponible</translation>
    </message>
    <message>
        <source>Walk-in %1</source>
        <translation>Sans RDV %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Attente</translation>
    </message>
</context>
<context>
    <name>jisr::FrontDeskPage</name>
    <message>
        <source>Reception checks people in.</source>
        <translation>C&apos;est l&apos;accueil qui enregistre les arrivées.</translation>
    </message>
    <message>
        <source>%1 is checked in and waits.</source>
        <translation>Arrivée de %1 enregistrée : en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>The practitioner marks the start of the consultation.</source>
        <translation>C&apos;est le praticien qui indique le début de la consultation.</translation>
    </message>
    <message>
        <source>Consultation of %1 started.</source>
        <translation>Consultation de %1 commencée.</translation>
    </message>
    <message>
        <source>The practitioner marks the end of the consultation.</source>
        <translation>C&apos;est le praticien qui indique la fin de la consultation.</translation>
    </message>
    <message>
        <source>Consultation of %1 done.</source>
        <translation>Consultation de %1 terminée.</translation>
    </message>
    <message>
        <source>%1 joins the waiting room.</source>
        <translation>%1 rejoint la salle d&apos;attente.</translation>
    </message>
    <message>
        <source>Choose the appointment to cancel in the expected arrivals or the waiting room.</source>
        <translation>Choisissez le rendez-vous à annuler parmi les arrivées attendues ou la salle d&apos;attente.</translation>
    </message>
    <message>
        <source>Appointment of %1 cancelled.</source>
        <translation>Rendez-vous de %1 annulé.</translation>
    </message>
    <message>
        <source>%1 is recorded as not come.</source>
        <translation>%1 est enregistré(e) comme absent(e).</translation>
    </message>
    <message>
        <source>Only an administrator undoes a no-show.</source>
        <translation>Seul un administrateur peut annuler une absence.</translation>
    </message>
    <message>
        <source>%1 is expected again.</source>
        <translation>%1 est de nouveau attendu(e).</translation>
    </message>
    <message>
        <source>Front desk — %1</source>
        <translation>Accueil — %1</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>Ma journée — %1</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Type a name or a dossier number</source>
        <translation>Tapez un nom ou un numéro de dossier</translation>
    </message>
    <message>
        <source>Expected arrivals (%1)</source>
        <translation>Arrivées attendues (%1)</translation>
    </message>
    <message>
        <source>Waiting room (%1)</source>
        <translation>Salle d&apos;attente (%1)</translation>
    </message>
    <message>
        <source>In consultation (%1)</source>
        <translation>En consultation (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Terminés (%1)</translation>
    </message>
    <message>
        <source>Did not come or cancelled (%1)</source>
        <translation>Absents ou annulés (%1)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Personne n&apos;attend</translation>
    </message>
    <message>
        <source>Longest wait: %1</source>
        <translation>Plus longue attente : %1</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sans rendez-vous…</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Undo the no-show</source>
        <translation>Annuler l&apos;absence</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Enter: check in</source>
        <translation>Entrée : arrivée</translation>
    </message>
    <message>
        <source>F4: walk-in</source>
        <translation>F4 : sans rendez-vous</translation>
    </message>
    <message>
        <source>F8: did not come</source>
        <translation>F8 : absent</translation>
    </message>
    <message>
        <source>Enter in the waiting room: start</source>
        <translation>Entrée en salle d&apos;attente : début</translation>
    </message>
    <message>
        <source>Enter in consultation: done</source>
        <translation>Entrée en consultation : fin</translation>
    </message>
    <message>
        <source>Delete: cancel</source>
        <translation>Suppr : annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo a no-show</source>
        <translation>Ctrl+Z : annuler une absence</translation>
    </message>
    <message>
        <source>Ctrl+O: open the file</source>
        <translation>Ctrl+O : ouvrir le dossier</translation>
    </message>
    <message>
        <source>type to filter, Esc clears</source>
        <translation>tapez pour filtrer, Échap efface</translation>
    </message>
    <message>
        <source>Ctrl+PgUp/PgDn: another day</source>
        <translation>Ctrl+PgPréc/PgSuiv : autre jour</translation>
    </message>
</context>
<context>
    <name>jisr::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Jisr</source>
        <translation>À &amp;propos de Jisr</translation>
    </message>
    <message>
        <source>Jisr — User guide</source>
        <translation>Jisr — Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>About Jisr</source>
        <translation>À propos de Jisr</translation>
    </message>
    <message>
        <source>Jisr %1 — case files of the medico-social centres for people with disabilities.</source>
        <translation>Jisr %1 — dossiers des centres médico-sociaux pour personnes en situation de handicap.</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Arabic UI, under the SIL Open Font License 1.1.</source>
        <translation>Polices : Noto Sans et Noto Sans Arabic UI, sous licence SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>A&amp;dministrator&apos;s guide</source>
        <translation>Guide de l&apos;a&amp;dministrateur</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Jisr — Administrator&apos;s guide</source>
        <translation>Jisr — Guide de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Jisr — Licence</source>
        <translation>Jisr — Licence</translation>
    </message>
    <message>
        <source>Jisr is free software under the GNU General Public License, version 3 or later (Help &gt; Licence); it comes with no warranty.</source>
        <translation>Jisr est un logiciel libre sous la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure (Aide &gt; Licence) ; il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>jisr::LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Locked by %1. Type the password to continue.</source>
        <translation>Verrouillé par %1. Saisissez le mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation>Un autre utilisateur…</translation>
    </message>
</context>
<context>
    <name>jisr::LoginDialog</name>
    <message>
        <source>Jisr — Log in</source>
        <translation>Jisr — Connexion</translation>
    </message>
    <message>
        <source>Jisr</source>
        <translation>Jisr</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own (at least %1 characters):</source>
        <translation>Votre mot de passe a été fixé par un administrateur. Choisissez le vôtre (au moins %1 caractères) :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-le à nouveau :</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>jisr::MainWindow</name>
    <message>
        <source>Case file saved.</source>
        <translation>Dossier enregistré.</translation>
    </message>
    <message>
        <source>Jisr — locked</source>
        <translation>Jisr — verrouillé</translation>
    </message>
    <message>
        <source>Jisr — %1</source>
        <translation>Jisr — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <source>Your unsaved case file was kept for you.</source>
        <translation>Votre dossier non enregistré vous a été conservé.</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Appointments of the day…</source>
        <translation>&amp;Rendez-vous du jour…</translation>
    </message>
    <message>
        <source>&amp;Front desk today</source>
        <translation>&amp;Accueil du jour</translation>
    </message>
</context>
<context>
    <name>jisr::MedicalPage</name>
    <message>
        <source>Medical part</source>
        <translation>Volet médical</translation>
    </message>
    <message>
        <source>The medical part is reserved to the doctors: its content is not shown to your role.</source>
        <translation>Le volet médical est réservé aux médecins : son contenu n&apos;est pas affiché pour votre rôle.</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Diagnostic :</translation>
    </message>
    <message>
        <source>&amp;ICD-10 code (optional):</source>
        <translation>Code &amp;CIM-10 (facultatif) :</translation>
    </message>
    <message>
        <source>Assistive &amp;devices:</source>
        <translation>&amp;Aides techniques :</translation>
    </message>
    <message>
        <source>E&amp;xamined on:</source>
        <translation>E&amp;xaminé le :</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Save the medical part</source>
        <translation>&amp;Enregistrer le volet médical</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Examinateur : %1</translation>
    </message>
    <message>
        <source>Examined on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The medical part is saved.</source>
        <translation>Le volet médical est enregistré.</translation>
    </message>
</context>
<context>
    <name>jisr::MigrationRunner</name>
    <message>
        <source>This database was created by a newer version of Jisr (schema %1; this program knows up to %2). Install the newer version; the file was not modified.</source>
        <translation>Cette base de données a été créée par une version plus récente de Jisr (schéma %1 ; ce programme connaît jusqu&apos;au %2). Installez la version récente ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This database records an impossible schema version (%1): it was damaged or not made by Jisr. The file was not modified.</source>
        <translation>Cette base de données indique une version de schéma impossible (%1) : elle est endommagée ou n&apos;a pas été créée par Jisr. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This database&apos;s tables do not match its recorded schema version (%1): upgrading it to version %2 failed, and it was not modified.</source>
        <translation>Les tables de cette base de données ne correspondent pas à la version de schéma enregistrée (%1) : la mise à niveau vers la version %2 a échoué, et elle n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>jisr::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Mémoire insuffisante pour protéger le mot de passe.</translation>
    </message>
</context>
<context>
    <name>jisr::PractitionersPage</name>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Nom en &amp;français :</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>Nom en &amp;arabe :</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession :</translation>
    </message>
    <message>
        <source>&amp;Linked account (login):</source>
        <translation>Compte &amp;lié (identifiant) :</translation>
    </message>
    <message>
        <source>&amp;New practitioner</source>
        <translation>&amp;Nouvel intervenant</translation>
    </message>
    <message>
        <source>&amp;Save the practitioner</source>
        <translation>&amp;Enregistrer l&apos;intervenant</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(linked)</source>
        <translation>(lié)</translation>
    </message>
    <message>
        <source>%1 is saved. Set the working hours in the next tab.</source>
        <translation>%1 est enregistré. Saisissez ses horaires dans l&apos;onglet suivant.</translation>
    </message>
</context>
<context>
    <name>jisr::PrintLogDialog</name>
    <message>
        <source>Card print log</source>
        <translation>Journal d&apos;impression des cartes</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>N° de carte</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>jisr::PrintLogModel</name>
    <message>
        <source>Reprint</source>
        <translation>Réimpression</translation>
    </message>
    <message>
        <source>First print</source>
        <translation>Première impression</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimée le</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>First or reprint</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>jisr::PrintTexts</name>
    <message>
        <source>Phone</source>
        <translation>Tél.</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>RENDEZ-VOUS</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <source>Please arrive 15 minutes before your appointment.</source>
        <translation>Merci de vous présenter 15 minutes avant l&apos;heure du rendez-vous.</translation>
    </message>
    <message>
        <source>KINGDOM OF MOROCCO</source>
        <translation>ROYAUME DU MAROC</translation>
    </message>
    <message>
        <source>Ministry of Solidarity, Social Integration and the Family</source>
        <translation>Ministère de la Solidarité, de l&apos;Insertion sociale et de la Famille</translation>
    </message>
    <message>
        <source>Card of a person with a disability</source>
        <translation>Carte de personne en situation de handicap</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>National ID (CIN)</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>N° de carte</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>This card gives its holder the rights provided for by framework law 97-13.</source>
        <translation>Cette carte ouvre à son titulaire les droits prévus par la loi-cadre 97-13.</translation>
    </message>
    <message>
        <source>Any change of situation must be reported within 10 days.</source>
        <translation>Tout changement de situation est à déclarer sous 10 jours.</translation>
    </message>
    <message>
        <source>Signed code, verifiable offline</source>
        <translation>Code signé, vérifiable hors ligne</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>motor</source>
        <translation>motrice</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>visuelle</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>auditive</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>de la parole</translation>
    </message>
    <message>
        <source>intellectual</source>
        <translation>intellectuelle</translation>
    </message>
    <message>
        <source>psychic</source>
        <translation>psychique</translation>
    </message>
    <message>
        <source>autism</source>
        <translation>autisme</translation>
    </message>
    <message>
        <source>multiple</source>
        <translation>multiple</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>profound</source>
        <translation>profonde</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>%1:00 (%3 in the morning)</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2 (%3:%2 in the morning)</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1:00 (%3 in the afternoon)</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2 (%3:%2 in the afternoon)</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1:00 (%3 in the evening)</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2 (%3:%2 in the evening)</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>1 (first day)</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 (weekday, day, month, year)</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1 at %2 (date, time)</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Appointments of %1</source>
        <translation>Rendez-vous de %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Person and dossier</source>
        <translation>Personne et dossier</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Also with</source>
        <translation>Avec aussi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No appointments this day.</source>
        <translation>Aucun rendez-vous ce jour.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>en (code of this translation&apos;s language)</source>
        <translation>fr</translation>
    </message>
    <message>
        <source>National ID card (CIN)</source>
        <translation>Carte nationale (CIN)</translation>
    </message>
    <message>
        <source>Medical reports</source>
        <translation>Comptes rendus médicaux</translation>
    </message>
    <message>
        <source>Previous prescriptions</source>
        <translation>Ordonnances précédentes</translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation>Carte de handicap</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>Province : %1</translation>
    </message>
    <message>
        <source>Approved, not yet printed</source>
        <translation>Approuvée, pas encore imprimée</translation>
    </message>
    <message>
        <source>Printed, not yet delivered</source>
        <translation>Imprimée, pas encore remise</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Fiche de synthèse du dossier</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation>Décision de la commission</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>Card granted</source>
        <translation>Carte accordée</translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation>Carte refusée</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Disability (Arabic)</source>
        <translation>Handicap (en arabe)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Aucune carte</translation>
    </message>
    <message>
        <source>Ministry number</source>
        <translation>N° ministériel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Copies printed</source>
        <translation>Exemplaires imprimés</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Reference of the decision: %1</source>
        <translation>Référence de la décision : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À l&apos;attention de : %1</translation>
    </message>
    <message>
        <source>File no. %1, CIN %2</source>
        <translation>Dossier n° %1, CIN %2</translation>
    </message>
    <message>
        <source>Subject: your application for a disability card</source>
        <translation>Objet : votre demande de carte de personne en situation de handicap</translation>
    </message>
    <message>
        <source>The committee examined your application received on %1. By its decision no. %2 of %3, it did not grant you the disability card, for the following reasons:</source>
        <translation>La commission a examiné votre demande reçue le %1. Par sa décision n° %2 du %3, elle ne vous a pas accordé la carte de personne en situation de handicap, pour les motifs suivants :</translation>
    </message>
    <message>
        <source>If your situation changes, you may apply again: a new evaluation will then be made. The centre is at your disposal for any information and to help you with your application.</source>
        <translation>Si votre situation évolue, vous pouvez présenter une nouvelle demande : une nouvelle évaluation sera alors réalisée. Le centre reste à votre disposition pour tout renseignement et pour vous accompagner dans vos démarches.</translation>
    </message>
    <message>
        <source>For the committee, the centre&apos;s director</source>
        <translation>Pour la commission, le directeur du centre</translation>
    </message>
</context>
<context>
    <name>jisr::RoomsPage</name>
    <message>
        <source>Accessible: ground floor or lift, wheelchair, hoist</source>
        <translation>Accessible : rez-de-chaussée ou ascenseur, fauteuil roulant, lève-personne</translation>
    </message>
    <message>
        <source>&amp;Add the room</source>
        <translation>&amp;Ajouter la salle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>accessible</translation>
    </message>
    <message>
        <source>not accessible</source>
        <translation>non accessible</translation>
    </message>
    <message>
        <source>The room is saved.</source>
        <translation>La salle est enregistrée.</translation>
    </message>
</context>
<context>
    <name>jisr::SchedulingSetupDialog</name>
    <message>
        <source>Scheduling set-up</source>
        <translation>Paramétrage des rendez-vous</translation>
    </message>
    <message>
        <source>Prac&amp;titioners</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>&amp;Hours and absences</source>
        <translation>&amp;Horaires et absences</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>&amp;Salles</translation>
    </message>
    <message>
        <source>&amp;Closing days</source>
        <translation>Jours de fer&amp;meture</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Prestati&amp;ons</translation>
    </message>
</context>
<context>
    <name>jisr::SchedulingSetupService</name>
    <message>
        <source>A practitioner needs a name, in French or in Arabic.</source>
        <translation>Un intervenant doit avoir un nom, en français ou en arabe.</translation>
    </message>
    <message>
        <source>The profession must be a lower-case code such as doctor, physiotherapist or social_worker.</source>
        <translation>La profession est un code en minuscules comme doctor, physiotherapist ou social_worker.</translation>
    </message>
    <message>
        <source>No account has this login.</source>
        <translation>Aucun compte n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>No practitioner has this id.</source>
        <translation>Aucun intervenant n&apos;a cet identifiant.</translation>
    </message>
    <message numerus="yes">
        <source>This practitioner still has %n appointment(s) to come: reschedule or cancel them first.</source>
        <translation>
            <numerusform>Cet intervenant a encore %n rendez-vous à venir : reportez-le ou annulez-le d&apos;abord.</numerusform>
            <numerusform>Cet intervenant a encore %n rendez-vous à venir : reportez-les ou annulez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weekday must be between 1 (Monday) and 7 (Sunday).</source>
        <translation>Le jour de la semaine va de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>Times are written HH:MM, for example 08:30.</source>
        <translation>Les heures s&apos;écrivent HH:MM, par exemple 08:30.</translation>
    </message>
    <message>
        <source>The end of a working period must come after its start.</source>
        <translation>La fin d&apos;une période de travail doit suivre son début.</translation>
    </message>
    <message>
        <source>Seasonal hours need both a first and a last date.</source>
        <translation>Des horaires saisonniers demandent une première et une dernière date.</translation>
    </message>
    <message>
        <source>The last date comes before the first date.</source>
        <translation>La dernière date précède la première.</translation>
    </message>
    <message>
        <source>This period overlaps another one of the same day.</source>
        <translation>Cette période chevauche une autre du même jour.</translation>
    </message>
    <message>
        <source>The first day of the absence is not a valid date.</source>
        <translation>Le premier jour de l&apos;absence n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>This absence overlaps another one (%1 to %2).</source>
        <translation>Cette absence chevauche une autre (du %1 au %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of this practitioner fall in this absence: reschedule them first.</source>
        <translation>
            <numerusform>%n rendez-vous de cet intervenant tombe pendant cette absence : reportez-le d&apos;abord.</numerusform>
            <numerusform>%n rendez-vous de cet intervenant tombent pendant cette absence : reportez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>Une salle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The closing day is not a valid date.</source>
        <translation>Le jour de fermeture n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>Say why the centre is closed (for example Eid al-Fitr).</source>
        <translation>Indiquez pourquoi le centre est fermé (par exemple Aïd al-Fitr).</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) are booked on these days: reschedule them first.</source>
        <translation>
            <numerusform>%n rendez-vous est pris ces jours-là : reportez-le d&apos;abord.</numerusform>
            <numerusform>%n rendez-vous sont pris ces jours-là : reportez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>A service code is a short lower-case word, such as joint_initial.</source>
        <translation>Le code d&apos;une prestation est un mot court en minuscules, comme joint_initial.</translation>
    </message>
    <message>
        <source>A service needs a name, in French or in Arabic.</source>
        <translation>Une prestation doit avoir un nom, en français ou en arabe.</translation>
    </message>
    <message>
        <source>A service lasts between 5 and 480 minutes.</source>
        <translation>Une prestation dure entre 5 et 480 minutes.</translation>
    </message>
    <message>
        <source>Say which practitioners the service needs.</source>
        <translation>Indiquez quels intervenants demande la prestation.</translation>
    </message>
    <message>
        <source>A need is written profession or profession:specialty, in lower case (doctor:pmr, social_worker).</source>
        <translation>Un besoin s&apos;écrit profession ou profession:spécialité, en minuscules (doctor:pmr, social_worker).</translation>
    </message>
    <message>
        <source>The gap in a sequence is between 0 and 240 minutes.</source>
        <translation>L&apos;écart dans un enchaînement va de 0 à 240 minutes.</translation>
    </message>
    <message>
        <source>A service already has this code.</source>
        <translation>Une prestation a déjà ce code.</translation>
    </message>
    <message>
        <source>This working period no longer exists.</source>
        <translation>Cette plage horaire n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>jisr::SearchPage</name>
    <message>
        <source>Search: name in Arabic or Latin letters, CIN, IDCS, phone or dossier number</source>
        <translation>Rechercher : nom en arabe ou en latin, CIN, IDCS, téléphone ou numéro de dossier</translation>
    </message>
    <message>
        <source>Most recent case files. Ctrl+N: new case file.</source>
        <translation>Dossiers les plus récents. Ctrl+N : nouveau dossier.</translation>
    </message>
    <message>
        <source>No case file found. Ctrl+N: register this person.</source>
        <translation>Aucun dossier trouvé. Ctrl+N : enregistrer cette personne.</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n dossier trouvé. Entrée ouvre le dossier sélectionné.</numerusform>
            <numerusform>%n dossiers trouvés. Entrée ouvre le dossier sélectionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most recent case files.</source>
        <translation>Dossiers les plus récents.</translation>
    </message>
    <message>
        <source>No case file found.</source>
        <translation>Aucun dossier trouvé.</translation>
    </message>
</context>
<context>
    <name>jisr::ServicesPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>for example joint_initial</source>
        <translation>par exemple joint_initial</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>aucune salle</translation>
    </message>
    <message>
        <source>any room</source>
        <translation>une salle quelconque</translation>
    </message>
    <message>
        <source>an accessible room</source>
        <translation>une salle accessible</translation>
    </message>
    <message>
        <source>One after the other the same day, at most this long between:</source>
        <translation>L&apos;un après l&apos;autre le même jour, avec au plus cet écart :</translation>
    </message>
    <message>
        <source>Add the serv&amp;ice</source>
        <translation>Ajouter la &amp;prestation</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de :</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Nom en &amp;français :</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>Nom en &amp;arabe :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Besoins :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>Sa&amp;lle :</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The service is saved.</source>
        <translation>La prestation est enregistrée.</translation>
    </message>
</context>
<context>
    <name>jisr::SessionController</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>Nouveau mot de passe (au moins %1 caractères) :</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nouveau mot de passe (confirmation) :</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>jisr::SetupPage</name>
    <message>
        <source>%1 is not a date: type it as dd/mm/yyyy (for example 06/04/2026).</source>
        <translation>%1 n&apos;est pas une date : saisissez-la sous la forme jj/mm/aaaa (par exemple 06/04/2026).</translation>
    </message>
    <message>
        <source>%1 is not a time: type it as HH:MM (for example 08:30).</source>
        <translation>%1 n&apos;est pas une heure : saisissez-la sous la forme HH:MM (par exemple 08:30).</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>jisr::SlotOptionsModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
</context>
<context>
    <name>jisr::SocialPage</name>
    <message>
        <source>Social part</source>
        <translation>Volet social</translation>
    </message>
    <message>
        <source>The social part is reserved to the social workers: its content is not shown to your role.</source>
        <translation>Le volet social est réservé aux assistantes et assistants sociaux : son contenu n&apos;est pas affiché pour votre rôle.</translation>
    </message>
    <message>
        <source>&amp;Living situation:</source>
        <translation>&amp;Cadre de vie :</translation>
    </message>
    <message>
        <source>&amp;RSU index:</source>
        <translation>Indice &amp;RSU :</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>É&amp;valué le :</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Save the social part</source>
        <translation>&amp;Enregistrer le volet social</translation>
    </message>
    <message>
        <source>Assessed by: %1</source>
        <translation>Évalué par : %1</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>%1: give both the performance and the capacity qualifiers.</source>
        <translation>%1 : indiquez à la fois la performance et la capacité.</translation>
    </message>
    <message>
        <source>The RSU index is a number from 0 to 100.</source>
        <translation>L&apos;indice RSU est un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The social part is saved.</source>
        <translation>Le volet social est enregistré.</translation>
    </message>
</context>
<context>
    <name>jisr::Sql</name>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>La base de données a refusé l&apos;opération : %1</translation>
    </message>
</context>
<context>
    <name>jisr::SqlTransaction</name>
    <message>
        <source>The database could not start a transaction.</source>
        <translation>La base de données n&apos;a pas pu commencer une transaction.</translation>
    </message>
    <message>
        <source>The database could not save the change.</source>
        <translation>La base de données n&apos;a pas pu enregistrer la modification.</translation>
    </message>
</context>
<context>
    <name>jisr::StatusBarLabels</name>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Utilisateur : %1 (%2)</translation>
    </message>
    <message>
        <source>Offline — synchronisation not configured</source>
        <translation>Hors ligne — synchronisation non configurée</translation>
    </message>
    <message>
        <source>Emergency accesses to medical notes in the last 30 days:</source>
        <translation>Accès d&apos;urgence aux notes médicales ces 30 derniers jours :</translation>
    </message>
    <message>
        <source>Emergency accesses (30 days): %1</source>
        <translation>Accès d&apos;urgence (30 jours) : %1</translation>
    </message>
</context>
<context>
    <name>jisr::UserAdminDialog</name>
    <message>
        <source>Users of the centre</source>
        <translation>Utilisateurs du centre</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Désactiver / activer</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Actif, doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Temporary password for %1 (they choose their own at the next login):</source>
        <translation>Mot de passe provisoire pour %1 (il choisira le sien à la prochaine connexion) :</translation>
    </message>
</context>
<context>
    <name>jisr::WalkInDialog</name>
    <message>
        <source>A walk-in joins the queue</source>
        <translation>Inscrire une personne sans rendez-vous</translation>
    </message>
    <message>
        <source>Name or dossier number</source>
        <translation>Nom ou numéro de dossier</translation>
    </message>
    <message>
        <source>The first available</source>
        <translation>Le premier disponible</translation>
    </message>
    <message>
        <source>No particular service</source>
        <translation>Pas de prestation particulière</translation>
    </message>
    <message>
        <source>Add to the waiting room</source>
        <translation>Ajouter à la salle d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;To see:</source>
        <translation>À &amp;voir :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Prestation :</translation>
    </message>
</context>
<context>
    <name>jisr::WorkingHoursPage</name>
    <message>
        <source>Weekday</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Inte&amp;rvenant :</translation>
    </message>
    <message>
        <source>Add working hours</source>
        <translation>Ajouter des horaires</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;From – to (HH:MM):</source>
        <translation>Dé&amp;but – fin (HH:MM) :</translation>
    </message>
    <message>
        <source>Only &amp;between (Ramadan…):</source>
        <translation>Uniquement du – a&amp;u (Ramadan…) :</translation>
    </message>
    <message>
        <source>&amp;Add the period</source>
        <translation>&amp;Ajouter la plage</translation>
    </message>
    <message>
        <source>Re&amp;move the selected period</source>
        <translation>Su&amp;pprimer la plage choisie</translation>
    </message>
    <message>
        <source>Add an absence</source>
        <translation>Ajouter une absence</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>même jour</translation>
    </message>
    <message>
        <source>First &amp;day:</source>
        <translation>Premier j&amp;our :</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>Add the ab&amp;sence</source>
        <translation>Ajouter l&apos;ab&amp;sence</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>all year</source>
        <translation>toute l&apos;année</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>Le début</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>La fin</translation>
    </message>
    <message>
        <source>The first day of the season</source>
        <translation>Le premier jour de la période</translation>
    </message>
    <message>
        <source>The last day of the season</source>
        <translation>Le dernier jour de la période</translation>
    </message>
    <message>
        <source>The hours of %1 are saved.</source>
        <translation>Les horaires de %1 sont enregistrés.</translation>
    </message>
    <message>
        <source>Select the period to remove in the list.</source>
        <translation>Choisissez dans la liste la plage à supprimer.</translation>
    </message>
    <message>
        <source>The period is removed.</source>
        <translation>La plage est supprimée.</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Le premier jour</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Le dernier jour</translation>
    </message>
    <message>
        <source>The absence of %1 is saved.</source>
        <translation>L&apos;absence de %1 est enregistrée.</translation>
    </message>
</context>
<context>
    <name>jisr::WritePath</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation>Votre rôle ne permet pas cette action (%1).</translation>
    </message>
</context>
</TS>
