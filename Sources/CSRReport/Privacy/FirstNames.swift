/// Common first names (and their usual diminutives) of the programme's people: Ukrainian,
/// Polish, Norwegian, German, English and Irish, plus frequent names of other newcomers. A
/// capitalised word that is one of them is a person with no cue around it — first in a
/// sentence ("Olha was born in 1979"), in a list after a colon ("Absent: Kateryna"), before a
/// surname no list knows ("Marta Hnatiuk") — which no position rule can see. Stored as a
/// `NameDictionary`, so every spelling and case its folding reaches counts: `Kateryna` =
/// `Катерина` = `Kateryny` (genitive), `Jewhen` = `Yevhen`, `WOŁODYMYR` = `Volodymyr`.
///
/// Names that are also everyday words (Will, Grace, Rose, Per, Liv, Віра) are not here: they are
/// in `CommonWords.wordNames` and count only where a name must stand. A listed name first in its
/// sentence that is an ordinary word of the text's language there (Polish `Inna` = "other") is
/// read as the word (see `NameRecogniser.firstNameVerdict`).
enum FirstNames {
    static let dictionary = NameDictionary(names: Array(entries), cyrillicReadings: false)

    /// The names as listed, lower-cased.
    static let entries: Set<String> = Set((list + " " + childrensList).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Round 8: the names most given to children born since about 1950 in Ukraine, Poland,
    /// Norway, Germany, Ireland and the UK, after the national top-name tables (Мін'юст
    /// України, GUS, SSB, GfdS, CSO, ONS), and the usual pet names of English and Irish
    /// (Paddy, Ben). Names are facts, so no file is copied: these are the names of those
    /// tables that `list` lacked, as the programme's notes write them (Latin and Cyrillic
    /// spellings fold to one key). The notes name children, and their names come from these
    /// tables, not from their grandparents'. Names that are also everyday words of the five
    /// languages (Mark, Rose) stay in `CommonWords.wordNames`; the ordinary-word tests of
    /// `NameRecogniser.firstNameVerdict` still apply.
    private static let childrensList = """
    zlata solomia yeva eva milana varvara polina kira alisa emiliia emilia veronika vasylyna uliana \
    ulyana diana yaryna adelina arina sofiya anhelina angelina valeriia kseniia mykyta makar davyd tymur \
    yehor egor yegor heorhii georgii svyatoslav leo demyd miron myron vsevolod radomyr severyn yurko \
    zuzanna alicja oliwia gabriela nikola liliana milena klara marcelina helena michalina antoni nikodem \
    ignacy wiktor kacper oskar tymon adam hubert dawid maciej bartłomiej krystian emma ella sofie leah \
    selma jenny signe jorunn tiril hedda vilja mathilde amalie aurora emilie julie linnea hedvig jakob \
    emil noah oliver lucas aksel isak elias johannes ludvig mathias sander kasper theodor vetle sivert \
    mikkel mia lina marie clara leni mila emmi emmy luisa lotta hannelore gisela brigitte erika helga \
    gertrud waltraud irmgard christa elke karin bärbel ben finn luis henry theo matteo moritz jannik \
    maximilian aoibhinn éabha eabha fiadh paddy patrick cillian fionn
    """

    private static let list = """
    olena olha olga oksana iryna tetiana tetyana kateryna natalia nataliia natalya svitlana svetlana swetlana \
    yulia yuliia liudmyla lyudmila ludmila halyna galina larysa larisa nadiia nadia mariia maria mariya anastasia \
    nastia alina valentyna valentina liliia lilia lilija tamara zoia zoya inna ivanna khrystyna kristina solomiia \
    sofiia sofia daryna daria dariia yana viktoriia viktoria wiktoria alla antonina raisa lesia marta marina maryna \
    hanna ganna anna oleksandra oleksandr oleksii oleksiy aleksiej aleksander andrii andriy andrzej dmytro dmitri \
    serhii sergii serhiy sergey serhij ihor igor yurii yuriy volodymyr vladimir wolodymyr vasyl mykola mikola \
    mykhailo mykhaylo petro taras bohdan bohdana roman vitalii vitaliy vitalik yevhen evgen zhenya zhenia \
    maksym maxym denys denis artem artur ivan stepan pavlo vadym vadim yaroslav ruslan anatolii valerii \
    oleh oleg kostiantyn kostya nazar danylo danilo kyrylo kirill tymofii matvii arsenii vlad vladyslav \
    sasha sascha sashko olia olya ola lena tania tanya ira katia katya natasha masha mascha dasha yulka \
    ostap orest marko myroslav myroslava zakhar fedir hryhorii semen ilya illia sviatoslav rostyslav \
    katarzyna kasia agnieszka magdalena magda małgorzata gosia joanna aleksandra ola ewa ewelina \
    barbara dorota monika beata jolanta krystyna elżbieta zofia zosia julia karolina paulina justyna \
    weronika natalia marzena renata grażyna halina bożena teresa urszula iwona sylwia kinga izabela \
    tomasz tomek piotr jakub kuba krzysztof marek paweł michał grzegorz łukasz wojciech mateusz marcin \
    rafał bartosz bartek kamil damian dariusz janusz jerzy zbigniew ryszard tadeusz stanisław franciszek \
    szymon filip adrian przemysław sebastian radosław mariusz arkadiusz wiesław kazimierz józef \
    ingrid kari anne marit berit randi hilde ragnhild solveig sigrid astrid ingvild silje ida thea tone \
    torill turid gunn gunnhild marte maren kristin kristine camilla hege heidi siri sunniva vilde nora \
    ingeborg synnøve åse guro tuva frida eirin elin hanne lene mette trine unni wenche \
    lars henrik ola knut olav ole arne geir trond bjørn svein terje rune egil kjell eirik erik \
    magnus sindre håkon haakon jørgen espen øystein audun harald sigurd vegard kristian kristoffer \
    jonas anders torbjørn stian thomas morten petter arild asbjørn halvor gaute ivar steinar eivind \
    sabine petra ulrike katrin kathrin katharina claudia andrea birgit heike susanne jutta renate \
    ursula gabriele monika martina stefanie nicole sandra jana lea leonie lena hannah johanna annegret \
    jürgen juergen dieter günther guenther klaus uwe wolfgang helmut horst manfred gerhard werner \
    thomas michael andreas stefan matthias tobias florian lukas felix jonas leon niklas tim \
    rainer hans hans-peter karl-heinz heinz björn sven torsten kai dirk jörg joerg ralf volker holger \
    siobhán siobhan niamh aoife ciara saoirse aisling róisín roisin orla sinéad sinead clodagh \
    caoimhe mairead máire deirdre gráinne grainne fionnuala brigid bridget nuala \
    ciarán ciaran conor declan seán sean seamus séamus padraig pádraig eoin cian oisín oisin \
    niall darragh colm cathal donal dónal fergal gearóid ruairí diarmuid tadhg liam cormac ronan \
    gerry kevin brendan eamon eamonn dermot \
    emily sarah jessica rebecca rachel laura hannah charlotte olivia amelia sophie chloe megan \
    jennifer elizabeth catherine margaret helen susan karen linda patricia carmel \
    james john robert david william richard joseph charles christopher daniel matthew andrew \
    anthony paul steven stephen kenneth george edward brian ronald timothy jason jeffrey \
    ahmed mohammed muhammad mohamed ali omar hassan hussein ibrahim yusuf mustafa mahmoud \
    fatima aisha amina leyla layla zainab maryam nour noor rania samira yasmin amira \
    murat mehmet ayşe elif emre fatma
    """
}
