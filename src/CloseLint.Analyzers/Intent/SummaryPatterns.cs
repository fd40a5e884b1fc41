namespace CloseLint.Intent;

/// <summary>
/// Recognizes a statement of the candidate's own qualifications, experience, strengths or fit: a summing-up lead-in,
/// years of experience, what the candidate has done, holds or is good at, results with numbers, or why they would
/// suit the team. Thanks, compliments about the company, availability, personal life and the candidate's own worries
/// are not a summary.
/// </summary>
internal static class SummaryPatterns
{
    private const string Number = @"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|several|many|a few|a couple( of)?|\w+-(one|two|three|four|five|six|seven|eight|nine)|a dozen|a decade|two decades|half a dozen|over a decade|nearly a decade|\w+-odd|a good few|a fair few|good few)";

    private const string Achievement =
        @"(led|lead|leads|leading|managed|manage|manages|managing|built|build|builds|building|trained|train|trains|training|taught|teach|teaches|teaching|handled" +
        @"|handle|handles|handling|delivered|deliver|delivers|grown|grew|grow|developed|develop|develops|supervised|supervise|supervises|closed|close|owned|own" +
        @"|owns|owning|created|create|designed|design|designs|implemented|implement|launched|launch|reduced|reduce|increased|increase|improved|improve|mentored" +
        @"|mentor|mentors|coached|coach|coaches|precepted|precept|held|hold|holds|earned|completed|passed|maintained|maintain|maintains|overseen|oversaw|oversee" +
        @"|oversees|supported|support|supports|taken|written|wrote|write|shipped|ship|scaled|migrated|automated|automate|cared|nursed|treated|coordinated" +
        @"|coordinate|coordinates|organi[sz]ed|organi[sz]e|planned|processed|prepared|prepare|audited|audit|reconciled|reconcile|sells|won|achieved|exceeded" +
        @"|exceed|raised|secured|negotiated|negotiate|onboarded|hired|recruited|set up|introduced|streamlined|rolled out|partnered|collaborated|volunteered" +
        @"|studied|qualified|specialised|specialized|specialise|specialize|specialises|specializes|focused|focus|saved|generated|doubled|tripled|halved" +
        @"|installed|install|wired|wire|welded|weld|fitted|repaired|repair|operated|operate|tutored|tutor|counsel+ed|advised|advise|represented|represent" +
        @"|litigated|drafted|filed|reviewed|tested|debugged|deployed|deploy|architected|analy[sz]ed|analy[sz]e|modell?ed|forecast|budgeted|founded|co-founded" +
        @"|booked|carried|rebuilt|revamped|redesigned|restructured|standardi[sz]ed|digiti[sz]ed|mapped|piloted|championed|spearheaded|directed|chaired|chair" +
        @"|headed|fixed|fix|resolved|resolve|covered|shortened|renewed|converted|convert|ranked|contributed|contribute|presented|opened|upsold|appeared|topped" +
        @"|rose|promoted|published|certified|licensed|estimated|nurse|prepped|expanded|expand|retained|retain|recovered|negotiated|settled|sourced)";

    /// <summary>Verbs that describe work only next to a word about work ("I ran the night shift", not "I ran a marathon").</summary>
    private const string WeakAchievement =
        @"(run|ran|runs|running|cut|helped|help|helps|worked|work|works|done|did|served|serve|looked after|look after|plan|process|sold|sell|hit|kept|keep" +
        @"|brought|fit|driven|drove|drive|cooked|cook|baked|bake|draft|review|test|spent|started|turned|direct|head|cover|picked up|got|present|estimate|read" +
        @"|speak|speaks|spoke|understand|know|knows|use|used|uses|care|treat|prep|file|placed|source|care for|looked|trained up|brought in|took|take|handed" +
        @"|switched|moved|stepped)";

    /// <summary>Words about work, which turn a weak verb into experience.</summary>
    private const string WorkContext =
        @"(team|teams|customers?|clients?|patients?|students?|pupils|staff|colleagues|projects?|accounts?|quota|revenue|budget|store|ward|unit|site|shifts?|systems?|role|jobs|reports?|class|classes|classroom|kitchen|code|department" +
        @"|audits?|payroll|invoices|bookkeeping|inventory|stock|orders?|deliveries|fleet|trucks|vehicles|machines|equipment|tools|software|data|sql|excel|budgets|contracts|cases|caseload|families|residents|wards|clinics?|theatre|icu|a&e|er" +
        @"|operations|logistics|warehouse|production|compliance|safety|quality|training|onboarding|recruitment|hiring|sales|marketing|campaigns?|events?|volunteers|programme|program|service|services|floor|line|rota|schedules?|crew|branch|office|firm|company|companies|business|startup|agency|charity|hospital|school|practice|restaurant|bar|hotel|front desk|reception|counter|till|tills|pipeline|deals?|targets?|kpis?|month-end|close|reconciliations?|ledgers?|blueprints|takeoffs|drawings|installs?|wiring|welds?|repairs?|curriculum|lessons?|lesson plans|assessments?|exams?|releases?|deployments?|features?|products?|platform|users|apis?|servers?|cloud|infrastructure|network|security|tickets|calls|complaints|escalations|nights|days|weekends)";

    private static readonly PatternSet LeadIn = PatternSet.Of(
        @"^((so|and|well|ok|okay|just|now|anyway|right|briefly|quickly|look|basically)[,:;-]? )*(to (quickly |briefly |just |very briefly |sort of )?(sum (it |things |this |everything |myself |that |me )?up|summari[sz]e|recap|wrap (it |things |this )?up|pull (it |this |everything |things )?together|put it (briefly|simply|in a nutshell|together)|round (it |things )?(off|up)|bring (it|this|everything) together|tie (it|this|everything) together)" +
        @"|in (short|summary|sum|a nutshell|brief|closing|a word)|(a |my |one |just a |as a )?(quick|brief|short|fast|final) (summary|recap|sum-?up|word on|overview|rundown)|(summing|wrapping|rounding) (it |things )?up|all in all|overall|the short version|bottom line|long story short|to recap|recap|summary|in a sentence|just to (recap|pull|sum|summari[sz]e|wrap|bring|tie))\b" +
        @"|\bif i had to sum (myself|me|it) up|\b(what|all) (i('d| would)|i) (bring|offer|can bring|can offer) (is|are|:)|\bin (a|one) (line|sentence|word)");

    /// <summary>A summing-up phrase anywhere in the sentence ("So I guess to summarize, ..."): it outweighs small talk around it.</summary>
    private static readonly PatternSet AnywhereLeadIn = PatternSet.Words(
        "to (quickly |briefly |just )?(sum (it |things |this |everything |myself |me )?up|summari[sz]e|recap)|in summary|(if i may |let me |i'll |i'd like to |i want to )(summari[sz]e|sum up|recap)" +
        "|in short|in a nutshell|long story short|the short version|the gist|my elevator pitch|to round off|if there's one thing to take away|the short answer|quiet confidence");

    private static readonly PatternSet NotSummaryLeadIn = PatternSet.Of(@"^((so|and|but|well|again|just|once again|also|oh|ah)[,:]? )*(thank|thanks|cheers)\b|\?");

    private static readonly PatternSet Qualification = PatternSet.Of(
        @"(^|\b(i|i'm|i've|i'd|my|me|we)\b.{0,80})\b" + Number + @"\+? (plus |more |full |solid |straight |good )?(years?|yrs|decades?|seasons?|summers?|months?)\b" +
        @"|\b(i|i've|i have|i had|i'd|i'm|we|my team|our team) (also |since |now |recently |previously |personally |already |successfully |consistently |just |mostly |mainly |both |each |then |actually |effectively |basically |pretty much |quietly |directly |single-handedly |currently |still |later |once |regularly |routinely |often |always |been )?" + Achievement + @"\b" +
        @"|\b(i|i've|i have|i had|i'd|we) (also |since |now |recently |previously |personally |already |successfully |consistently |mostly |mainly |then |regularly |routinely |often |always |been )?" + WeakAchievement + @"\b.{0,80}\b" + WorkContext + @"\b" +
        @"|\b(i|we) (\w+ly )?(ended up|went on to|got to|have since|later|then|also|eventually) \w+" +
        @"|\bi was (a|an|the) (\w+ ){0,4}(at|in|for|with|on)\b|\bi was one of\b|\b(before that|prior to that|previously|after that|since then),? i (was|did|ran|led|worked|spent|moved|joined)\b" +
        @"|\bi (can|could) (read|do|run|handle|manage|operate|weld|drive|cook|speak|write|code|build|fix|lay|install|wire|teach|lead|sell|close|plan|coordinate|deliver|train)\b" +
        @"|\b(i|we) (\w+ly )?\w+ed\b.{0,100}\b(\d|one|two|three|four|five|six|seven|eight|nine|ten|twice|dozens|hundreds|thousands)" +
        @"|(share|shares) your|your (emphasis|focus|commitment|values?|mission|approach|way of) .{0,60}\bi('ve| have| am|'m)? (always |also |really )?\w+" +
        @"|\bi('m| am) (a|an) (?:\w[\w'/-]* ){0,5}(with|who|and i|by (trade|training|background)|in my|at|for|specialising|specializing|certified|licensed|registered|qualified|chartered|accredited|nurse|engineer|developer|teacher|manager|analyst|accountant|designer|electrician|plumber|chef|cook|mechanic|technician|welder|driver|assistant|officer|worker|lead|supervisor|paralegal|lawyer|solicitor|pharmacist|scientist|consultant|specialist|coordinator|administrator|rep|representative|agent|advisor|adviser|planner|operator|apprentice|graduate|solver|learner|communicator|listener|leader|organiser|organizer)\b" +
        @"|\bi('m| am) (a|an) (certified|licensed|registered|qualified|chartered|accredited|experienced|senior|junior|lead|trained|seasoned|bilingual|trilingual|former|current|practicing|practising|working|self-taught|fully|good|great|strong|natural|quick|fast|calm|steady|reliable|patient|hands-on)\b" +
        @"|\bi('m| am) (also |now |currently |fully |very |really |particularly |especially |most |genuinely |quite |pretty |deeply |highly |extremely |naturally |already |fairly |reasonably |)?(certified|licensed|registered|qualified|fluent|bilingual|trilingual|trained|experienced|comfortable (with|in|on|\w+ing)|confident (that i|i|in (my|court|front|the)|with|running|leading|managing|working|handling|using|doing)|proficient|skilled|familiar|used to|known (for|as)|happiest|at my best|strong(est)? (in|at|with|on)|good (at|with)|great (at|with)|solid (in|at|on|with)|detail-oriented|methodical|hands-on|a (quick|fast) learner|the (person|one|go-to)|fluent|well[- ]versed|versed|adept|practiced|practised|studying|finishing|completing|working (on|towards|toward)|the (\w+ )?(lead|person|one|owner)|admitted|accredited|chartered|fresh out|dual-qualified|organi[sz]ed|reliable|calm|patient|steady|flexible|adaptable|proud of)\b" +
        @"|\bmy (\w+ ){0,2}(background|experience|strengths?|track record|skills?|skill set|skillset|expertise|training|certifications?|qualifications?|credentials|degree|masters|phd|work (in|as|at|with|on)|time (at|in|as|with|on)|years (at|in|as|with|on)|career|specialty|speciality|focus|approach|style|record|results|numbers|portfolio|clinical|teaching|classroom|management|leadership|reputation|licen[cs]e|ticket|cert|close rate|retention|conversion|csat|nps|quota|pipeline|book|sales|numbers|practice|project|thesis|dissertation|placement|apprenticeship|internship)\b" +
        @"|\bi (hold|have|earned|got|completed|finished|passed) (a|an|my|the|both|two|three|full|valid|current) (\w+ ){0,3}(licen[cs]e|certificat\w*|degree|qualification|ticket|cert|diploma|accreditation|masters?|master's|bachelor'?s?|mba|cpa|cfa|pe|phd|doctorate|endorsement|clearance|registration|credential|card)" +
        @"|\b(closed|sold|booked|exceeded|hit|beat|carried|brought in|generated|grew|managed|finished at|renewed|converted|upsold) (\w+ ){0,3}(deals?|quota|target|targets|revenue|pipeline|accounts?|portfolio|book|\$|£|€|\d)" +
        @"|\d+(\.\d+)? ?(%|percent|per cent|x\b)|[$£€]\d|\b(quota|kpis?|targets?|csat|nps|revenue|churn|retention rate|conversion|pipeline)\b" +
        @"|\b(people|colleagues|my (manager|boss|team|colleagues|staff|students|patients|clients|customers|references|line manager)) (\w+ )?(describe|call|say|tell|told|would say|describe) (me|i)" +
        @"|^(licensed|certified|registered|qualified|trained|fluent|bilingual|experienced|handled|managed|led|built|ran|kept|good with|strong in|skilled in|proficient in|\w+ years|[a-z]+, [a-z]+ and)\b" +
        @"|\bwhich (\w+ ){0,2}(seems|sounds|is|matters|means|meant|should|would|fits|lines up)\b.{0,60}\b(you|your|here|this (role|team|unit))\b" +
        "|\\bi('ve| have) been (a|an|the|in|at|with|on|part of|through|working|doing|running|leading|teaching|nursing|selling|managing|on call|qualified|certified|licensed)\\b|\\bi('ve| have) been \\w+ing (\\w+ ){0,3}(for|since)\\b|\\b(i|i've|i have|we|we've) (\\w+ly )?(\\w+ed|done|run|led|built|sold|taught|won|grown|made|kept|held|seen|got|gotten|brought|drove|driven|written|given|taken|settle|see|handle|manage|process|close|book|sell|teach|train|cover|look after|run)\\b.{0,100}\\b(\\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozens|hundreds|thousands)|\\bi (speak|write) (\\w+ ){0,2}(languages|fluently|fluent)|^(strengths?|skills|key skills|qualifications)\\s*:|^(strong|good|solid|fluent|advanced|some) \\w+, (strong|good|solid|fluent|advanced|some|basic) \\w+|\\bi('m| am) (not \\w+ \\w+ \\w+ \\w+ )?(but i'm )?(very |really |quite |extremely |naturally |fairly )?(thorough|organised|organized|reliable|calm|patient|resilient|methodical|careful|meticulous|dependable|honest|consistent|hard-working|hardworking|proactive|adaptable|flexible|punctual|approachable|steady|versatile|resourceful|diligent)\\b|\\bmy (\\w+ ){0,2}(strength|strengths|attention to detail|specialism|superpower)\\b|\\bis my (specialism|specialty|speciality|area|bread and butter)\\b|\\b(highest|best|top|most) (\\w+ ){0,3}(in|on|of|across) the (store|team|region|country|company|branch|class|unit|district|office|department|floor)\\b|\\b(award|president's club|graded outstanding|top quartile|top \\d+|rosette)\\b|\\bi (bring|offer|add)\\b|\\b(a track record|a history|a reputation) (of|for)\\b|\\bi did (a|an|my) (\\w+ ){0,2}(course|placement|degree|apprenticeship|internship|qualification|certificate|diploma|training|masters|residency|rotation)\\b|\\b\\d+ (hours|shifts|clients|patients|calls|tickets|jobs|files|claims|covers) (a|per) (week|month|day|night|shift|year)\\b|\\bi('ve| have) had (a|two|three|four|\\w+) (\\w+ ){0,2}(roles|jobs|positions|posts|placements)\\b|\\bi('m| am) one of the (few|only|first|top|most)\\b|\\b(done|held|had) (this|the same|a similar) (job|role|position|work)\\b|\\bsince i (left school|qualified|graduated|was \\d+|was (fifteen|sixteen|seventeen|eighteen|nineteen|a teenager|a kid))\\b|\\bi('m| am) proud (that|of)\\b|\\bi was (asked|chosen|selected|promoted|given|trusted|made) (to|as) \\w+|\\bi('ve| have) got my (\\w+ ){0,3}(seal|ticket|cert|card|licen[cs]e|certificate|qualification|level \\d)|\\bi('ve| have)? (\\w+ )?(worked|served|trained|qualified|started|spent (\\w+ ){1,2}years) as (a|an)\\b|\\bi (already )?(have|own) my own (tools|van|kit|equipment|transport)\\b|\\b(cut|reduced|halved|improved|raised|lifted|increased|doubled|tripled|boosted) (\\w+ ){0,3}(rate|rates|score|scores|time|times|costs?|waste|turnover|errors|complaints|sales|revenue|retention|by)\\b|\\b(sold|sell|did sell|booked|closed) the most\\b");

    private static readonly PatternSet Fit = PatternSet.Words(
        "(suits|fits|fit|matches|complements|aligns with|lines up with|maps onto|maps to) (\\w+ ){0,3}(your|the|this|where|what)|exactly the (problem|thing|kind|sort|challenge)|i (think|believe|feel|reckon|know|hope)( that)? (my|i('d| would| could| can| will)|i'm|i am)|(would|will|could|should) (suit|fit|complement|translate|transfer|match|align|carry over|serve (you|the|your))" +
        "|(is|are|am) (a )?(strong|good|great|natural|close|real|solid) (fit|match)|what you('re| are) (looking for|building|describing|after)|you (described|mentioned|talked about|said)|you('ve| have) (described|mentioned|told me|said)" +
        "|(right|well|ideally|uniquely) (placed|suited|positioned|equipped|matched)|(line|lines) up (well |nicely |closely )?with|align(s)? (well |closely |nicely )?with|(exactly|just|precisely) what (you|the (role|team|unit|job|school|ward))" +
        "|i (can|could|would|'d|will|'ll) (\\w+ )?(bring|offer|hit the ground running|contribute|step (in|up|into)|add (value)?|make an impact|take on|handle|own|get up to speed|ramp up|pick (it|things) up)" +
        "|what i (bring|offer|can bring|can offer|'d bring|would bring)|i('m| am) (confident|sure) (i|that i)|i('d| would) (be )?(bring|fit|slot|settle|adapt)");

    /// <summary>
    /// Career facts strong enough to outweigh a word that usually means small talk ("then I moved to an early
    /// intervention service, and for the last three years I've been a senior practitioner").
    /// </summary>
    private static readonly PatternSet FirstPerson = PatternSet.Words("i|i'm|i've|i'd|i'll|my|me|myself");

    private static readonly PatternSet StrongQualification = PatternSet.Of(
        @"\b" + Number + @"\+? (plus |more |full |solid |straight |good )?(years?|yrs|decades?)\b.{0,40}\b(as|in|at|of|leading|running|managing|supervising|on)\b" +
        @"|\bi('ve| have) been (a|an|the) (\w+ ){0,3}(nurse|engineer|developer|teacher|manager|practitioner|lead|supervisor|officer|analyst|accountant|worker|technician|specialist|consultant|director|head|coordinator)" +
        @"|\bsupervis(e|ed|ing) (a team of |a crew of )?(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)" +
        "|\\bi('ve| have| had)\\b.{0,60}\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\w+-odd) (\\w+ )?(years|yrs|decades)\\b|\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\w+-odd) (\\w+ )?(years|yrs|decades)\\b.{0,60}\\bi('ve| have)?\\b|\\b(years?|yrs|decades?) (\\w+ing|as|in|at|of|on|with)\\b");

    /// <summary>Small talk that no career fact redeems: thanks, availability, the candidate's own worries, apologies.</summary>
    private static readonly PatternSet HardVeto = PatternSet.Of(
        @"^((so|and|but|well|again|just|once again|also|oh|ah|ha|actually)[,:]? )*(thank|thanks|cheers|many thanks|much appreciated|appreciate)\b" +
        @"|\bi('m| am) (available|free|around|flexible) |\bnotice( period)?\b|\bi look forward|\bi('ll| will) (send|follow|be in touch|email)|\bsorry\b|\bapologi[sz]e" +
        @"|\bi (was|had been|'d been) (a (bit|little) )?(worried|concerned|nervous|unsure|hesitant|anxious)|\bmy (only |one |main |biggest |initial )?(concern|worry|hesitation|reservation)s? (was|is|were)\b" +
        "|\\bi can do (any|nights|weekends|days|early|late|shifts?)\\b|\\bi can be flexible\\b|\\bmy own transport\\b|\\bstart date\\b|\\bgive my (current )?(employer|school|boss|manager)\\b|\\bi('ve| have) lived\\b|\\bgrew up\\b|\\bwas born\\b|\\bi('m| am) (originally )?from\\b|\\bthat's (amazing|great|impressive|a great story|brilliant|fantastic|lovely)\\b|\\bi (didn't|did not) (realise|realize|know)\\b|\\bcopy of my\\b|\\battached my\\b|\\bbrought (a copy|my)\\b|\\b(marathon|gym)\\b|\\b(covered|mentioned|went through|talked about) my (background|experience)\\b|\\bwon't repeat\\b");

    private static readonly PatternSet NotSummary = PatternSet.Of(
        @"^((so|and|but|well|again|just|once again|also|oh|ah|ha|actually)[,:]? )*(thank|thanks|cheers|many thanks|much appreciated|appreciate|it('s| was| has been) (a|great|lovely|wonderful|such|really|so|good|nice)|(great|nice|lovely|wonderful|good) (to|meeting|talking|speaking|chatting)|pleasure|wow|ha|haha|lol|funny|fun fact|give me)" +
        @"|\bi('ve| have)? (really |truly |thoroughly |genuinely )?(enjoyed|loved|appreciated|liked) (meeting|talking|speaking|chatting|hearing|learning|our|the|today|this|getting|the chance|the opportunity|being|visiting|the tour|touring|seeing)" +
        @"|\bi('m| am) (available|free|around|flexible) |\bnotice( period)?\b|\bi (can|could) (start|move|relocate)|\bi look forward|\bi('ll| will) (send|follow|be in touch|email|drop|call|reach|tell|keep it|pass)|\bi('ve| have) (heard|read) (great|good|a lot|so much|about)" +
        @"|\bi (was|had been|'d been) (a (bit|little) )?(worried|concerned|nervous|unsure|hesitant|wondering|anxious)|\bmy (only |one |main |biggest |initial )?(concern|worry|hesitation|reservation|question)s? (was|is|were|had been|have)\b|\bworried me|\bi did wonder" +
        @"|\b(you've|you have) (answered|addressed|cleared|resolved|covered)|\bi('m| am) not (worried|concerned)|\bsorry\b|\bapologi[sz]e|\bi promise|\bi('m| am| was) (a bit |a little |slightly |quite )?(anxious|nervous) about|\bi('m| am) (a bit|a little|slightly|quite) (anxious|nervous|worried)" +
        @"|\b(grew up|was born|i('m| am) (originally )?from|i('ve| have) lived|i live|i moved (here|to)|my (dad|mum|mom|mother|father|nephew|niece|brother|sister|wife|husband|partner|kids|son|daughter|friend|family|parents|uncle|aunt)\b|holiday|vacation|booked (a|my|the) (holiday|trip|week|flight|time off)|customer of yours|been to this|first time i('ve| have) been)" +
        @"|\b(drive past|i read (the|a|that|your)|on the train|coffee|pint|lunch|weather|traffic|headache|the printers|parking)\b|\b(i('ve| have) been following|i('ve| have) been a (customer|fan|user))|\b(i('m| am) dying to|i('m| am) a (sucker|fan|huge fan|big fan))" +
        @"|^(i (read|saw|noticed|heard|watched|followed)|i think your|i love (your|the way|that|what|how)|your \w+ (is|are|was|were|got|has|looks|sounds)|the way you|everyone|the recruiter|it sounds|that sounds)\b|\bused to (do|say|work|sell)\b|\bonce (sold|closed)\b|\btrue story\b|\b(i('ve| have)) used your\b|\bi('m| am) confident (the|your|you)\b|\bwhen i was (a |\d|sixteen|seventeen|eighteen|young|at school|a kid|a teenager|younger)" +
        @"|\bdriving licen[cs]e\b|\bmy own car\b|\b(i('ve| have) (got )?(a|my) (week|holiday|wedding|trip))|\b(questions have (all )?been answered|keep it brief|step out|out of time)\b|\b(used to say|once closed|every time someone closed)" +
        "|\\bback when\\b|\\bback in the day\\b");

    /// <summary>How strongly <paramref name="text"/> (normalized, a statement) reads as a summary: 0 none, 1 weak, 2 strong.</summary>
    public static int Strength(string text)
    {
        if (AnywhereLeadIn.IsMatch(text) && !NotSummaryLeadIn.IsMatch(text)) return 2;
        if (HardVeto.IsMatch(text) || (NotSummary.IsMatch(text) && !StrongQualification.IsMatch(text))) return 0;
        var qualification = Qualification.IsMatch(text);
        var leadIn = LeadIn.IsMatch(text);
        var fit = Fit.IsMatch(text);
        if (leadIn || (qualification && fit)) return 2;
        if (qualification || (fit && FirstPerson.IsMatch(text))) return 1;
        return 0;
    }

    /// <summary>True when the text is a pleasantry, an availability fact or something else a summary section may hold but a summary is not.</summary>
    public static bool IsClearlyNotSummary(string text) => NotSummary.IsMatch(text);
}
