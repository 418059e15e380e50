/// What a sentence of a feedback or check-in text speaks to; it decides which outcome
/// dimension a snippet of it supports.
enum DemoTextCategory: Int, CaseIterable, Sendable {
    case language, confidence, belonging, job, wellbeing, thanks, struggle, buddyView, checkin

    /// The outcome dimension a sentence of this kind is evidence for.
    var dimension: String? {
        switch self {
        case .language: "lang_level_proxy"
        case .confidence, .buddyView: "confidence"
        case .belonging, .checkin: "belonging"
        case .job: "job_readiness"
        case .wellbeing, .struggle: "well_being"
        case .thanks: nil
        }
    }
}

/// Sentence templates of the demo texts, per language and category. Slots: `{name}` (the
/// volunteer's or buddy's first name, `{name's}` its possessive), `{fullname}`, `{pname}` (the
/// participant, in a buddy's words), `{city}`, `{level}` (CEFR), `{topic}`, `{course}`, `{place}`.
enum DemoTexts {
    static func templates(_ language: DemoLanguage, _ category: DemoTextCategory) -> [String] {
        switch language {
        case .english: english(category)
        case .ukrainian: ukrainian(category)
        case .norwegian: norwegian(category)
        case .german: german(category)
        case .polish: polish(category)
        }
    }

    static func topics(_ language: DemoLanguage) -> [String] {
        switch language {
        case .english: ["job interviews", "grammar", "small talk", "my CV", "the healthcare system", "renting a flat", "the school system", "phone calls"]
        case .ukrainian: ["співбесіди", "граматику", "світську розмову", "моє резюме", "медичну систему", "оренду житла", "шкільну систему", "телефонні дзвінки"]
        case .norwegian: ["jobbintervju", "grammatikk", "småprat", "CV-en min", "helsevesenet", "å leie leilighet", "skolesystemet", "telefonsamtaler"]
        case .german: ["Vorstellungsgespräche", "Grammatik", "Smalltalk", "meinen Lebenslauf", "das Gesundheitssystem", "die Wohnungssuche", "das Schulsystem", "Telefonate"]
        case .polish: ["rozmowy kwalifikacyjne", "gramatykę", "small talk", "moje CV", "system opieki zdrowotnej", "wynajem mieszkania", "system szkolny", "rozmowy telefoniczne"]
        }
    }

    static func places(_ language: DemoLanguage) -> [String] {
        switch language {
        case .english: ["the library", "the market", "a café near the station", "the park", "the climbing gym", "the museum"]
        case .ukrainian: ["бібліотеці", "кав'ярні біля вокзалу", "парку", "музеї", "спортзалі", "ринку"]
        case .norwegian: ["biblioteket", "en kafé ved stasjonen", "parken", "klatrehallen", "museet", "torget"]
        case .german: ["der Bibliothek", "einem Café am Bahnhof", "dem Park", "der Kletterhalle", "dem Museum", "dem Wochenmarkt"]
        case .polish: ["bibliotece", "kawiarni przy dworcu", "parku", "muzeum", "ściance wspinaczkowej", "targu"]
        }
    }

    private static func english(_ category: DemoTextCategory) -> [String] {
        switch category {
        case .language: [
            "My {level} exam went well thanks to the sessions with {name}.",
            "I can finally follow the news on the radio without subtitles.",
            "Today we practised {topic} and I understood almost everything.",
            "{name's} tips on pronunciation really helped, people in {city} understand me now.",
            "I wrote my first formal email in English without a translator.",
            "We worked on {topic} and I learned a lot of new words.",
            "I passed the {level} test last week, I am so happy!",
            "My grammar is still not perfect but I speak much faster than in spring.",
        ]
        case .confidence: [
            "I feel more confident speaking at work now.",
            "I called the doctor's office myself for the first time and it went fine.",
            "Before, I was afraid to ask questions in shops, now I just do it.",
            "{name} told me my English is good enough and I started to believe it.",
            "I gave a short presentation to my team and nobody laughed at my accent.",
            "I am not so nervous on the phone any more.",
        ]
        case .belonging: [
            "I finally feel at home in {city}.",
            "My neighbours invited us for dinner, it was the first time since we came.",
            "I joined a running group in {city} and made two friends.",
            "We met at {place} and {name} introduced me to other people.",
            "My children have friends at school now and so do I.",
            "It is nice to know someone who understands how things work here.",
        ]
        case .job: [
            "I got an interview at a logistics company next week!",
            "{name} helped me rewrite my CV and I already had two calls.",
            "We practised a job interview and I know now what to say about my experience.",
            "I started a part-time job in a warehouse in {city}.",
            "I finished the {course} course and added it to my LinkedIn profile.",
            "My diploma is now recognised, I can apply for jobs as an engineer.",
        ]
        case .wellbeing: [
            "I sleep better and I am less worried about the future.",
            "This month was calmer, we have our own flat now.",
            "I feel happier when I have something planned every week.",
            "The sessions are the best part of my week.",
            "I started to go swimming again, it helps a lot.",
        ]
        case .thanks: [
            "Thank you, {name}!",
            "Thanks a lot for your patience, {fullname}.",
            "Very useful session as always.",
            "Great session, see you next week.",
            "Thank you for everything you do for us.",
        ]
        case .struggle: [
            "This week was hard, I still have no answer about my residence permit.",
            "I feel tired and it is difficult to concentrate on learning.",
            "I miss my family in Ukraine very much.",
            "I was rejected again after an interview and I feel a bit lost.",
            "Honestly I don't feel much progress lately.",
        ]
        case .buddyView: [
            "{pname} is much more confident than when we started.",
            "{pname} now leads our conversations and picks the topics.",
            "It is great to see {pname} making friends in {city}.",
            "{pname} had a tough month but kept coming to our meetings.",
            "{pname} asked me to review a cover letter, it was already very good.",
            "We talked about {topic}, {pname} had lots of questions.",
        ]
        case .checkin: [
            "Met at {place}, talked about {topic}.",
            "Short call today, everything is fine.",
            "Went to {place} together, good mood.",
            "We cooked together and talked about the holidays.",
            "Quick coffee after work, {pname} seemed tired but positive.",
            "Helped with a letter from the tax office.",
        ]
        }
    }

    private static func ukrainian(_ category: DemoTextCategory) -> [String] {
        switch category {
        case .language: [
            "Я вже можу говорити з сусідами.",
            "Іспит на рівень {level} пройшов добре завдяки заняттям з {name}.",
            "Сьогодні ми тренували {topic}, і я майже все зрозуміла.",
            "Тепер я розумію новини по радіо без субтитрів.",
            "Я написала перший офіційний лист без перекладача.",
            "Моя граматика ще не ідеальна, але я говорю набагато швидше.",
            "Після занять з {name} мені легше вимовляти складні слова.",
        ]
        case .confidence: [
            "Я вперше сама зателефонувала лікарю, і все вийшло.",
            "Тепер я не боюся ставити питання в магазині.",
            "На роботі я почуваюся впевненіше.",
            "{name} сказала, що моя мова вже досить добра, і я повірила.",
            "Я виступила перед колегами, і ніхто не сміявся з мого акценту.",
        ]
        case .belonging: [
            "Я нарешті почуваюся вдома в місті {city}.",
            "Сусіди запросили нас на вечерю, це вперше відтоді, як ми приїхали.",
            "Ми зустрілися в {place}, і {name} познайомила мене з іншими людьми.",
            "У моїх дітей тепер є друзі в школі, і в мене теж.",
            "Добре мати людину, яка пояснює, як тут усе влаштовано.",
        ]
        case .job: [
            "Наступного тижня в мене співбесіда в логістичній компанії!",
            "{name} допоміг переписати резюме, і мені вже двічі телефонували.",
            "Ми відпрацювали співбесіду, тепер я знаю, що розповідати про свій досвід.",
            "Я почав працювати на півставки на складі.",
            "Я закінчила курс {course} і додала сертифікат у профіль.",
            "Мій диплом визнали, тепер можу подаватися на посаду інженера.",
        ]
        case .wellbeing: [
            "Я краще сплю і менше хвилююся за майбутнє.",
            "Цей місяць був спокійнішим, у нас тепер своє житло.",
            "Заняття — найкраща частина мого тижня.",
            "Я знову почала ходити в басейн, це дуже допомагає.",
        ]
        case .thanks: [
            "Дякую, {name}!",
            "Щиро дякую за терпіння, {fullname}.",
            "Дуже корисне заняття, як завжди.",
            "Дякую за все, що ви для нас робите.",
        ]
        case .struggle: [
            "Цей тиждень був важким, досі немає відповіді щодо дозволу на проживання.",
            "Я дуже сумую за родиною в Харкові.",
            "Мені знову відмовили після співбесіди, і я трохи розгубилася.",
            "Чесно кажучи, останнім часом не відчуваю прогресу.",
        ]
        case .buddyView: [
            "{pname} — тепер набагато більше впевненості, ніж на початку.",
            "Тепер розмову веде {pname}, теми обираємо разом.",
            "Радію, що {pname} знаходить друзів у місті {city}.",
            "{pname}: важкий місяць, але жодної пропущеної зустрічі.",
        ]
        case .checkin: [
            "Зустрілися в {place}, говорили про {topic}.",
            "Короткий дзвінок, усе добре.",
            "Разом готували вечерю і говорили про свята.",
            "Допомогла з листом з податкової.",
        ]
        }
    }

    private static func norwegian(_ category: DemoTextCategory) -> [String] {
        switch category {
        case .language: [
            "Jeg besto {level}-prøven, takket være timene med {name}!",
            "Nå forstår jeg nyhetene på radio uten teksting.",
            "I dag øvde vi på {topic}, og jeg forsto nesten alt.",
            "{name}s tips om uttale hjalp veldig, folk i {city} forstår meg nå.",
            "Grammatikken er ikke perfekt ennå, men jeg snakker mye raskere.",
            "Jeg skrev min første formelle e-post på norsk uten oversetter.",
        ]
        case .confidence: [
            "Jeg føler meg tryggere når jeg snakker på jobben.",
            "Jeg ringte legekontoret selv for første gang, og det gikk fint.",
            "Før turte jeg ikke å spørre i butikken, nå gjør jeg det bare.",
            "Jeg holdt en kort presentasjon for teamet mitt.",
        ]
        case .belonging: [
            "Jeg føler meg mer hjemme i {city} nå.",
            "Naboene inviterte oss på middag for første gang.",
            "Vi møttes på {place}, og {name} introduserte meg for flere folk.",
            "Jeg har begynt i et løpelag og fått to nye venner.",
            "Barna mine har venner på skolen nå, og det har jeg også.",
        ]
        case .job: [
            "Jeg har fått jobbintervju hos et logistikkfirma neste uke!",
            "{name} hjalp meg med CV-en, og jeg har allerede fått to telefoner.",
            "Vi øvde på jobbintervju, nå vet jeg hva jeg skal si om erfaringen min.",
            "Jeg har begynt i en deltidsjobb på et lager i {city}.",
            "Utdanningen min er godkjent, så jeg kan søke jobb som sykepleier.",
        ]
        case .wellbeing: [
            "Jeg sover bedre og bekymrer meg mindre.",
            "Denne måneden var roligere, vi har fått egen leilighet.",
            "Timene er det beste i uka mi.",
            "Jeg har begynt å gå på tur i marka igjen, det hjelper.",
        ]
        case .thanks: [
            "Tusen takk, {name}!",
            "Takk for tålmodigheten, {fullname}.",
            "Veldig nyttig time som alltid.",
            "Takk for alt dere gjør for oss.",
        ]
        case .struggle: [
            "Denne uka var tung, jeg har fortsatt ikke fått svar fra UDI.",
            "Jeg er sliten og det er vanskelig å konsentrere seg.",
            "Jeg savner familien min veldig.",
            "Jeg fikk nei etter intervjuet igjen og føler meg litt motløs.",
        ]
        case .buddyView: [
            "{pname} er mye tryggere enn da vi startet.",
            "Nå er det {pname} som styrer samtalen og velger tema.",
            "Så fint å se at {pname} får venner i {city}.",
            "{pname} hadde en tung måned, men kom likevel på alle møtene.",
        ]
        case .checkin: [
            "Møttes på {place}, snakket om {topic}.",
            "Kort samtale i dag, alt er bra.",
            "Lagde middag sammen og snakket om ferien.",
            "Hjalp til med et brev fra Skatteetaten.",
        ]
        }
    }

    private static func german(_ category: DemoTextCategory) -> [String] {
        switch category {
        case .language: [
            "Meine {level}-Prüfung lief gut, dank der Stunden mit {name}.",
            "Ich verstehe jetzt die Nachrichten im Radio ohne Untertitel.",
            "Heute haben wir {topic} geübt und ich habe fast alles verstanden.",
            "{name}s Tipps zur Aussprache helfen sehr, in {city} versteht man mich jetzt.",
            "Meine Grammatik ist noch nicht perfekt, aber ich spreche viel flüssiger.",
            "Ich habe meine erste offizielle E-Mail ohne Übersetzer geschrieben.",
        ]
        case .confidence: [
            "Ich fühle mich sicherer, wenn ich bei der Arbeit spreche.",
            "Ich habe zum ersten Mal selbst beim Arzt angerufen und es hat geklappt.",
            "Früher hatte ich Angst, im Laden zu fragen, jetzt mache ich es einfach.",
            "Ich habe vor meinem Team eine kurze Präsentation gehalten.",
        ]
        case .belonging: [
            "Ich fühle mich in {city} endlich zu Hause.",
            "Unsere Nachbarn haben uns zum ersten Mal zum Essen eingeladen.",
            "Wir haben uns in {place} getroffen und {name} hat mich anderen vorgestellt.",
            "Ich bin in einen Laufverein eingetreten und habe zwei Freundinnen gefunden.",
            "Meine Kinder haben jetzt Freunde in der Schule, und ich auch.",
        ]
        case .job: [
            "Nächste Woche habe ich ein Vorstellungsgespräch bei einer Spedition!",
            "{name} hat mir mit dem Lebenslauf geholfen, ich hatte schon zwei Anrufe.",
            "Wir haben ein Vorstellungsgespräch geübt, jetzt weiß ich, was ich sagen soll.",
            "Ich habe einen Minijob in einem Lager in {city} angefangen.",
            "Mein Abschluss wurde anerkannt, jetzt kann ich mich als Ingenieurin bewerben.",
        ]
        case .wellbeing: [
            "Ich schlafe besser und mache mir weniger Sorgen.",
            "Dieser Monat war ruhiger, wir haben jetzt eine eigene Wohnung.",
            "Die Stunden sind das Beste an meiner Woche.",
            "Ich gehe wieder schwimmen, das tut mir gut.",
        ]
        case .thanks: [
            "Vielen Dank, {name}!",
            "Danke für Ihre Geduld, {fullname}.",
            "Sehr hilfreiche Stunde wie immer.",
            "Danke für alles, was Sie für uns tun.",
        ]
        case .struggle: [
            "Diese Woche war schwer, ich warte immer noch auf den Aufenthaltstitel.",
            "Ich bin müde und kann mich schlecht konzentrieren.",
            "Ich vermisse meine Familie sehr.",
            "Nach dem Gespräch kam wieder eine Absage, ich bin etwas ratlos.",
        ]
        case .buddyView: [
            "{pname} ist viel selbstbewusster als am Anfang.",
            "Jetzt führt {pname} das Gespräch und wählt die Themen.",
            "Schön zu sehen, dass {pname} in {city} Freunde findet.",
            "{pname} hatte einen harten Monat, kam aber zu allen Treffen.",
        ]
        case .checkin: [
            "Getroffen in {place}, über {topic} gesprochen.",
            "Kurzes Telefonat heute, alles gut.",
            "Zusammen gekocht und über die Ferien geredet.",
            "Bei einem Brief vom Finanzamt geholfen.",
        ]
        }
    }

    private static func polish(_ category: DemoTextCategory) -> [String] {
        switch category {
        case .language: [
            "Egzamin {level} poszedł dobrze dzięki zajęciom z {name}.",
            "Teraz rozumiem wiadomości w radiu bez napisów.",
            "Dziś ćwiczyliśmy {topic} i zrozumiałam prawie wszystko.",
            "Gramatyka nie jest jeszcze idealna, ale mówię dużo płynniej.",
            "Napisałem pierwszy oficjalny e-mail bez tłumacza.",
            "Wskazówki {name} dotyczące wymowy bardzo pomogły.",
        ]
        case .confidence: [
            "Czuję się pewniej, kiedy mówię w pracy.",
            "Pierwszy raz sama zadzwoniłam do przychodni i wszystko się udało.",
            "Kiedyś bałem się pytać w sklepie, teraz po prostu pytam.",
            "Zrobiłam krótką prezentację dla zespołu.",
        ]
        case .belonging: [
            "W końcu czuję się w {city} jak w domu.",
            "Sąsiedzi zaprosili nas na obiad, pierwszy raz odkąd przyjechaliśmy.",
            "Spotkaliśmy się w {place} i {name} przedstawiła mnie innym osobom.",
            "Dołączyłam do grupy biegowej i mam dwie nowe koleżanki.",
            "Moje dzieci mają już przyjaciół w szkole, ja też.",
        ]
        case .job: [
            "W przyszłym tygodniu mam rozmowę kwalifikacyjną w firmie logistycznej!",
            "{name} pomógł mi poprawić CV i już dwa razy do mnie dzwonili.",
            "Przećwiczyliśmy rozmowę o pracę, teraz wiem, co mówić o moim doświadczeniu.",
            "Zacząłem pracę na pół etatu w magazynie w {city}.",
            "Mój dyplom został uznany, mogę aplikować jako inżynier.",
        ]
        case .wellbeing: [
            "Lepiej śpię i mniej się martwię.",
            "Ten miesiąc był spokojniejszy, mamy już własne mieszkanie.",
            "Zajęcia to najlepsza część mojego tygodnia.",
            "Znowu chodzę na basen, to bardzo pomaga.",
        ]
        case .thanks: [
            "Dziękuję, {name}!",
            "Dziękuję za cierpliwość, {fullname}.",
            "Bardzo przydatne zajęcia, jak zawsze.",
            "Dziękuję za wszystko, co dla nas robicie.",
        ]
        case .struggle: [
            "Ten tydzień był ciężki, wciąż czekam na kartę pobytu.",
            "Jestem zmęczona i trudno mi się skupić.",
            "Bardzo tęsknię za rodziną.",
            "Po rozmowie znowu dostałem odmowę i czuję się trochę zagubiony.",
        ]
        case .buddyView: [
            "{pname} ma dużo więcej pewności siebie niż na początku.",
            "Teraz to {pname} prowadzi rozmowę i wybiera tematy.",
            "Cieszę się, że {pname} znajduje przyjaciół w {city}.",
            "{pname} – trudny miesiąc, ale ani jednego opuszczonego spotkania.",
        ]
        case .checkin: [
            "Spotkanie w {place}, rozmawialiśmy o {topic}.",
            "Krótka rozmowa telefoniczna, wszystko dobrze.",
            "Gotowaliśmy razem i rozmawialiśmy o wakacjach.",
            "Pomogłam z pismem z urzędu skarbowego.",
        ]
        }
    }
}
