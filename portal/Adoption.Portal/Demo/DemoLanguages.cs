using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Demo;

/// <summary>
/// The vendor's authored content in the demo's other languages, as a CS team would write it: plan
/// templates (and so every plan made from them) and key features. The Finnish, Italian and Chinese
/// accounts' people read their plans in their own language.
/// </summary>
internal static class DemoLanguages
{
    private static readonly Dictionary<string, (string Fi, string It, string Zh)> Text = new(StringComparer.Ordinal)
    {
        ["Operational visibility"] = ("Toiminnan näkyvyys", "Visibilità operativa", "运营可视化"),
        ["Go live with the core team"] = ("Käyttöön ydintiimin kanssa", "Avvio con il team principale", "核心团队上线"),
        ["Everyone who plans or dispatches works in the product."] = ("Jokainen suunnittelija ja ajojärjestelijä työskentelee tuotteessa.", "Chi pianifica o spedisce lavora nel prodotto.", "所有计划和调度人员都在产品中工作。"),
        ["Weekly active users"] = ("Viikoittain aktiiviset käyttäjät", "Utenti attivi settimanali", "每周活跃用户"),
        ["people"] = ("henkilöä", "persone", "人"),
        ["Kick-off and success criteria agreed"] = ("Aloituspalaveri ja onnistumisen kriteerit sovittu", "Kick-off e criteri di successo concordati", "启动会并商定成功标准"),
        ["Invite the core team"] = ("Kutsu ydintiimi", "Invitare il team principale", "邀请核心团队"),
        ["Connect the ERP"] = ("Yhdistä toiminnanohjausjärjestelmä", "Collegare l'ERP", "连接 ERP"),
        ["Check adoption with the sponsor"] = ("Käyttöönoton tarkistus sponsorin kanssa", "Verificare l'adozione con lo sponsor", "与发起人检查采用情况"),
        ["Replace the weekly spreadsheet"] = ("Viikkotaulukosta luopuminen", "Sostituire il foglio di calcolo settimanale", "取代每周电子表格"),
        ["Weekly numbers come from scheduled reports, not copy-paste."] = ("Viikkoluvut tulevat ajastetuista raporteista, ei kopioimalla.", "I numeri settimanali arrivano dai report programmati, non dal copia-incolla.", "每周数据来自定时报表，而不是复制粘贴。"),
        ["Hours spent on reporting per month"] = ("Raportointiin kuluvat tunnit kuukaudessa", "Ore dedicate ai report al mese", "每月用于报表的小时数"),
        ["hours"] = ("tuntia", "ore", "小时"),
        ["Build the operations dashboard"] = ("Rakenna toiminnan koontinäyttö", "Creare la dashboard operativa", "搭建运营仪表板"),
        ["Schedule the Monday report"] = ("Ajasta maanantairaportti", "Programmare il report del lunedì", "设置周一报表"),
        ["Retire the spreadsheet"] = ("Luovu taulukosta", "Dismettere il foglio di calcolo", "停用电子表格"),
        ["Catch exceptions before customers do"] = ("Poikkeamat havaitaan ennen asiakasta", "Intercettare le eccezioni prima dei clienti", "抢在客户之前发现异常"),
        ["Late shipments are spotted by alerts, not by complaints."] = ("Myöhästyneet toimitukset huomataan hälytyksistä, ei valituksista.", "Le spedizioni in ritardo emergono dagli avvisi, non dai reclami.", "延迟发货由提醒发现，而不是由投诉发现。"),
        ["Late deliveries per month"] = ("Myöhästyneet toimitukset kuukaudessa", "Consegne in ritardo al mese", "每月延迟交付次数"),
        ["deliveries"] = ("toimitusta", "consegne", "次"),
        ["Define alert thresholds together"] = ("Määritellään hälytysrajat yhdessä", "Definire insieme le soglie di avviso", "共同确定提醒阈值"),
        ["Alerts live for all depots"] = ("Hälytykset käytössä kaikissa terminaaleissa", "Avvisi attivi per tutti i depositi", "所有仓库启用提醒"),
        ["Value review with the sponsor"] = ("Arvokatsaus sponsorin kanssa", "Revisione del valore con lo sponsor", "与发起人进行价值回顾"),
        ["For operations teams replacing spreadsheets with live dashboards and alerts."] = ("Operatiivisille tiimeille, jotka korvaavat taulukot reaaliaikaisilla koontinäytöillä ja hälytyksillä.", "Per i team operativi che sostituiscono i fogli di calcolo con dashboard e avvisi in tempo reale.", "适用于以实时仪表板和提醒取代电子表格的运营团队。"),
        ["Fast start for small teams"] = ("Nopea alku pienille tiimeille", "Avvio rapido per piccoli team", "小团队快速起步"),
        ["For small customers served by email and in-product guidance: live in a month, value in a quarter."] = ("Pienille asiakkaille, joita palvellaan sähköpostilla ja tuotteen opastuksella: käytössä kuukaudessa, arvoa neljännesvuodessa.", "Per i piccoli clienti seguiti via email e con la guida nel prodotto: operativi in un mese, valore in un trimestre.", "面向通过邮件和产品内引导服务的小客户：一个月上线，一个季度见效。"),
        ["Everyone working in the product"] = ("Koko tiimi työskentelee tuotteessa", "Tutti lavorano nel prodotto", "全员在产品中工作"),
        ["The whole team signs in weekly."] = ("Koko tiimi kirjautuu viikoittain.", "Tutto il team accede ogni settimana.", "整个团队每周登录。"),
        ["Welcome call and goals agreed"] = ("Tervetulopuhelu ja tavoitteet sovittu", "Chiamata di benvenuto e obiettivi concordati", "欢迎电话并商定目标"),
        ["Invite the whole team"] = ("Kutsu koko tiimi", "Invitare tutto il team", "邀请整个团队"),
        ["Finish the Getting started path"] = ("Suorita Aloitus-polku", "Completare il percorso Primi passi", "完成入门路径"),
        ["First report on autopilot"] = ("Ensimmäinen raportti automaattisesti", "Il primo report in automatico", "第一份自动报表"),
        ["The weekly numbers arrive without anyone compiling them."] = ("Viikkoluvut saapuvat ilman, että kenenkään tarvitsee koota niitä.", "I numeri settimanali arrivano senza che nessuno li compili.", "每周数据自动送达，无需人工汇总。"),
        ["Build the first dashboard"] = ("Rakenna ensimmäinen koontinäyttö", "Creare la prima dashboard", "搭建第一个仪表板"),
        ["Schedule the weekly report"] = ("Ajasta viikkoraportti", "Programmare il report settimanale", "设置每周报表"),
        ["Check usage before the first renewal reminder"] = ("Tarkista käyttö ennen ensimmäistä uusimismuistutusta", "Verificare l'uso prima del primo promemoria di rinnovo", "在首次续约提醒前检查使用情况"),
        ["Dashboards"] = ("Koontinäytöt", "Dashboard", "仪表板"),
        ["Live views of shipments, orders and exceptions."] = ("Reaaliaikaiset näkymät lähetyksiin, tilauksiin ja poikkeamiin.", "Viste in tempo reale di spedizioni, ordini ed eccezioni.", "发货、订单和异常的实时视图。"),
        ["Scheduled reports"] = ("Ajastetut raportit", "Report programmati", "定时报表"),
        ["Reports delivered to inboxes on a schedule."] = ("Raportit saapuvat sähköpostiin aikataulun mukaan.", "Report recapitati nelle caselle di posta secondo una pianificazione.", "按计划发送到收件箱的报表。"),
        ["Automations"] = ("Automaatiot", "Automazioni", "自动化"),
        ["Rules that act on events without a person."] = ("Säännöt, jotka toimivat tapahtumien perusteella ilman ihmistä.", "Regole che agiscono sugli eventi senza una persona.", "无需人工即可响应事件的规则。"),
        ["Integrations"] = ("Integraatiot", "Integrazioni", "集成"),
        ["Connections to ERP, CRM and data warehouse."] = ("Yhteydet toiminnanohjaukseen, asiakkuudenhallintaan ja tietovarastoon.", "Connessioni a ERP, CRM e data warehouse.", "与 ERP、CRM 和数据仓库的连接。"),
        ["Alerts"] = ("Hälytykset", "Avvisi", "提醒"),
        ["Notifications when a metric crosses a threshold."] = ("Ilmoitukset, kun mittari ylittää rajan.", "Notifiche quando una metrica supera una soglia.", "指标越过阈值时的通知。"),
        ["Sharing"] = ("Jakaminen", "Condivisione", "共享"),
        ["Views and reports shared with colleagues."] = ("Kollegoiden kanssa jaetut näkymät ja raportit.", "Viste e report condivisi con i colleghi.", "与同事共享的视图和报表。"),
        ["Mobile app"] = ("Mobiilisovellus", "App mobile", "移动应用"),
        ["The product on phones and tablets."] = ("Tuote puhelimissa ja tableteissa.", "Il prodotto su telefoni e tablet.", "手机和平板上的产品。"),
        ["API"] = ("Rajapinta", "API", "API"),
        ["Programmatic access for in-house tools."] = ("Ohjelmallinen pääsy omille työkaluille.", "Accesso programmatico per gli strumenti interni.", "为内部工具提供的编程访问。"),
        ["Hours spent on weekly reporting"] = ("Viikkoraportointiin kuluvat tunnit", "Ore dedicate al report settimanale", "每周报表耗费的小时数"),
        ["hours/month"] = ("tuntia/kk", "ore/mese", "小时/月"),
        ["Time sheets, Q1 vs Q3"] = ("Tuntikirjanpito, Q1 vs Q3", "Fogli ore, T1 vs T3", "工时表，第一季度对比第三季度"),
        ["Late deliveries"] = ("Myöhästyneet toimitukset", "Consegne in ritardo", "延迟交付"),
        ["per month"] = ("kuukaudessa", "al mese", "次/月"),
        ["Carrier SLA report"] = ("Kuljetusliikkeen palvelutasoraportti", "Report SLA del vettore", "承运商 SLA 报告"),
        ["Time to answer a customer's status question"] = ("Aika vastata asiakkaan tilakyselyyn", "Tempo per rispondere a una richiesta di stato del cliente", "答复客户状态询问所需时间"),
        ["minutes"] = ("minuuttia", "minuti", "分钟"),
        ["Service desk sample of 200 tickets"] = ("Palvelupisteen 200 tiketin otos", "Campione di 200 ticket dell'assistenza", "服务台 200 张工单抽样"),
    };

    private static readonly string[] Languages = ["fi", "it", "zh-Hans"];

    /// <summary>The template's texts in each demo language; every plan made from it carries them.</summary>
    public static PlanTemplate Translated(this PlanTemplate template)
    {
        template.Texts = TextsOf(template.Name, template.Description);
        foreach (var objective in template.Objectives)
        {
            objective.Texts = TextsOf(objective.Title, objective.Description);
            objective.MetricTexts = objective.MetricName is null ? [] : Languages.ToDictionary(l => l, l => new MetricText(In(objective.MetricName, l), objective.MetricUnit is null ? null : In(objective.MetricUnit, l)));
            foreach (var milestone in objective.Milestones)
            {
                milestone.Texts = TextsOf(milestone.Title, null);
            }
        }

        return template;
    }

    /// <summary>Key features' names and descriptions in each demo language.</summary>
    public static List<KeyFeature> Translated(this List<KeyFeature> features)
    {
        features.ForEach(f => f.Texts = TextsOf(f.Name, f.Description));
        return features;
    }

    /// <summary>A text the CSM writes for one account (its value ledger) in the account's language.</summary>
    public static string ForAccount(string english, string language) => language == Locales.Default ? english : In(english, language);

    private static Dictionary<string, LocalText> TextsOf(string title, string? description) =>
        Languages.ToDictionary(l => l, l => new LocalText(In(title, l), description is null ? null : In(description, l)));

    private static string In(string english, string locale) => Text.TryGetValue(english, out var t)
        ? locale switch { "fi" => t.Fi, "it" => t.It, "zh-Hans" => t.Zh, _ => english }
        : throw new InvalidOperationException($"The demo has no translation of \"{english}\".");
}
