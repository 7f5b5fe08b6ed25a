using Adoption.Portal.Domain.Training;
using Adoption.Portal.Training;

namespace Adoption.Portal.Demo;

/// <summary>
/// Training that people finish: the library in four languages, a quiz on every account playbook and on
/// "Reading trends", certificates of "Admin essentials" valid for a year, that path started by itself
/// for every admin, and the demo's exercises verified from its own usage.
/// </summary>
internal static class DemoTraining
{
    public static async Task AddAsync(AdoptionDb db, DateTime now, CancellationToken cancellationToken)
    {
        var paths = await db.TrainingPaths.Include(p => p.Modules).ToListAsync(cancellationToken);
        foreach (var path in paths)
        {
            if (Texts.TryGetValue(path.Title, out var texts))
            {
                path.Texts = texts;
            }

            foreach (var module in path.Modules.Where(m => ModuleTexts.ContainsKey(m.Title)))
            {
                module.Texts = ModuleTexts[module.Title];
            }
        }

        var admin = paths.Single(p => p.Title == "Admin essentials");
        admin.ValidMonths = 12;
        paths.Single(p => p.Title == "Reporting and alerts").Modules.Single(m => m.Title == "Reading trends").Quiz = TrendsQuiz();
        foreach (var playbook in paths.Where(p => p.AccountId != null))
        {
            playbook.Modules.OrderBy(m => m.Order).First().Quiz = ExceptionsQuiz();
        }

        db.PathAssignments.Add(new PathAssignment { PathId = admin.Id, Role = ContactRole.Admin, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await AutoEnroller.RunAsync(db, now, cancellationToken);
        await ExerciseVerifier.RunAsync(db, now, cancellationToken);
    }

    private static Dictionary<string, string> L(string en, string fi, string it, string zh) => new() { ["en"] = en, ["fi"] = fi, ["it"] = it, ["zh-Hans"] = zh };

    private static QuizChoice Choice(bool correct, string en, string fi, string it, string zh) => new() { Correct = correct, Text = L(en, fi, it, zh) };

    private static Quiz TrendsQuiz() => new()
    {
        PassPercent = 50,
        Questions =
        [
            new()
            {
                Prompt = L("A trend line turns down for three weeks. What do you do first?", "Trendiviiva laskee kolme viikkoa. Mitä teet ensin?",
                    "Una linea di tendenza scende per tre settimane. Cosa fai per prima cosa?", "趋势线连续三周下降。你首先做什么？"),
                Choices =
                [
                    Choice(false, "Ignore it until the quarter ends", "Jätän huomiotta neljänneksen loppuun asti", "La ignoro fino a fine trimestre", "等到季度末再说"),
                    Choice(true, "Open the breakdown to see which part fell", "Avaan erittelyn nähdäkseni, mikä osa laski", "Apro il dettaglio per vedere quale parte è calata", "打开明细查看哪部分下降了"),
                    Choice(false, "Delete the report", "Poistan raportin", "Elimino il report", "删除报表"),
                ],
            },
            new()
            {
                Multiple = true,
                Prompt = L("Which of these can send you an alert?", "Mitkä näistä voivat lähettää sinulle hälytyksen?", "Quali di questi possono inviarti un avviso?", "以下哪些可以向你发送提醒？"),
                Choices =
                [
                    Choice(true, "A metric crossing a threshold", "Mittari ylittää raja-arvon", "Una metrica che supera una soglia", "指标越过阈值"),
                    Choice(true, "A scheduled report that finds no data", "Ajastettu raportti, joka ei löydä tietoja", "Un report pianificato senza dati", "定时报表没有数据"),
                    Choice(false, "Changing your profile picture", "Profiilikuvan vaihtaminen", "Cambiare la foto del profilo", "更换头像"),
                ],
            },
        ],
    };

    private static Quiz ExceptionsQuiz() => new()
    {
        PassPercent = 100,
        Questions =
        [
            new()
            {
                Prompt = L("A truck is two hours late. Who is told first?", "Rekka on kaksi tuntia myöhässä. Kenelle kerrotaan ensin?",
                    "Un camion è in ritardo di due ore. Chi viene avvisato per primo?", "一辆卡车晚到两小时。首先通知谁？"),
                Choices =
                [
                    Choice(true, "The receiving site, through the exception board", "Vastaanottava toimipiste poikkeamataulun kautta", "Il sito di destinazione, tramite la bacheca eccezioni", "通过异常看板通知收货站点"),
                    Choice(false, "Nobody until it arrives", "Ei kukaan ennen kuin se saapuu", "Nessuno finché non arriva", "到达前不通知任何人"),
                ],
            },
        ],
    };

    private static readonly Dictionary<string, Dictionary<string, LocalText>> Texts = new()
    {
        ["Getting started"] = new()
        {
            ["fi"] = new("Aloitus", "Ensimmäinen tunti: löydä tiesi, rakenna koontinäyttö, jaa se."),
            ["it"] = new("Per iniziare", "La prima ora: orientati, crea una dashboard, condividila."),
            ["zh-Hans"] = new("入门", "第一个小时：熟悉界面，创建仪表板并分享。"),
        },
        ["Reporting and alerts"] = new()
        {
            ["fi"] = new("Raportit ja hälytykset", "Anna lukujen tulla luoksesi."),
            ["it"] = new("Report e avvisi", "Lascia che i numeri vengano da te."),
            ["zh-Hans"] = new("报表与提醒", "让数据主动找到你。"),
        },
        ["Admin essentials"] = new()
        {
            ["fi"] = new("Pääkäyttäjän perusteet", "Yhdistä järjestelmäsi ja automatisoi rutiinit."),
            ["it"] = new("Nozioni di base per amministratori", "Collega i tuoi sistemi e automatizza la routine."),
            ["zh-Hans"] = new("管理员必备", "连接你的系统，让日常工作自动化。"),
        },
    };

    private static readonly Dictionary<string, Dictionary<string, LocalText>> ModuleTexts = new()
    {
        ["Tour of the workspace"] = new() { ["fi"] = new("Kierros työtilassa"), ["it"] = new("Tour dell'area di lavoro"), ["zh-Hans"] = new("工作区导览") },
        ["Build your first dashboard"] = new() { ["fi"] = new("Rakenna ensimmäinen koontinäyttösi"), ["it"] = new("Crea la tua prima dashboard"), ["zh-Hans"] = new("创建你的第一个仪表板") },
        ["Share with your team"] = new() { ["fi"] = new("Jaa tiimillesi"), ["it"] = new("Condividi con il tuo team"), ["zh-Hans"] = new("与团队分享") },
        ["The mobile app"] = new() { ["fi"] = new("Mobiilisovellus"), ["it"] = new("L'app mobile"), ["zh-Hans"] = new("移动应用") },
        ["Scheduled reports"] = new() { ["fi"] = new("Ajastetut raportit"), ["it"] = new("Report pianificati"), ["zh-Hans"] = new("定时报表") },
        ["Alerts that matter"] = new() { ["fi"] = new("Tärkeät hälytykset"), ["it"] = new("Avvisi che contano"), ["zh-Hans"] = new("重要的提醒") },
        ["Reading trends"] = new() { ["fi"] = new("Trendien lukeminen"), ["it"] = new("Leggere le tendenze"), ["zh-Hans"] = new("解读趋势") },
        ["Connect your ERP"] = new() { ["fi"] = new("Yhdistä ERP-järjestelmäsi"), ["it"] = new("Collega il tuo ERP"), ["zh-Hans"] = new("连接你的 ERP") },
        ["Automations"] = new() { ["fi"] = new("Automaatiot"), ["it"] = new("Automazioni"), ["zh-Hans"] = new("自动化") },
        ["API tokens"] = new() { ["fi"] = new("API-tunnukset"), ["it"] = new("Token API"), ["zh-Hans"] = new("API 令牌") },
    };
}
