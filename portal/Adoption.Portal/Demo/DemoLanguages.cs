using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Demo;

/// <summary>
/// The demo's Finnish, Italian and Chinese accounts have their plans written in their own language,
/// as their CSM would author them: the template's English text, translated.
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
    };

    /// <summary>Rewrites the plan's customer-visible text in <paramref name="locale"/>; English stays as authored.</summary>
    public static void Translate(SuccessPlan plan, string companyName, string templateName, string locale)
    {
        if (locale == "en")
        {
            return;
        }

        plan.Title = $"{companyName}: {In(templateName, locale)}";
        foreach (var objective in plan.Objectives)
        {
            objective.Title = In(objective.Title, locale);
            objective.Description = objective.Description is null ? null : In(objective.Description, locale);
            foreach (var metric in objective.Metrics)
            {
                metric.Name = In(metric.Name, locale);
                metric.Unit = metric.Unit is null ? null : In(metric.Unit, locale);
            }

            foreach (var milestone in objective.Milestones)
            {
                milestone.Title = In(milestone.Title, locale);
            }
        }
    }

    private static string In(string english, string locale) => Text.TryGetValue(english, out var t)
        ? locale switch { "fi" => t.Fi, "it" => t.It, "zh-Hans" => t.Zh, _ => english }
        : english;
}
