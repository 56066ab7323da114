namespace WorkflowPlatform.Bench.Knowledge;

/// <summary>
/// Product, sales and support words for the synthetic corpus: base nouns, verbs and adjectives with their
/// regular inflections (plurals; -s, -ed, -ing), a few thousand distinct forms, plus the function words that
/// connect them in sentences.
/// </summary>
internal static class Vocabulary
{
    private const string Nouns = """
        account accessory adapter address adjustment advertisement affiliate agenda agent agreement alert allocation
        allowance amendment amount analysis analyst announcement answer app appliance application appointment approval
        archive article assessment asset assignment assistant attachment attendance audit authorization availability
        backlog backorder backup badge balance bandwidth bank bar barcode basket batch battery beneficiary benefit bid
        bill billing blocker blueprint board bonus booking bottleneck box branch brand breach breakdown brochure broker
        browser budget buffer bug bulletin bundle business button buyer cabinet cable calendar call campaign cancellation
        capacity capital card carrier cart carton case cashback cashier catalog category cause certificate chain channel
        charge chargeback charger chart chat checklist checkout choice circuit claim clause client cloud cluster code
        colleague collection color comment commission commitment committee company comparison compensation complaint
        compliance component concern condition conference configuration confirmation connection consent consignment
        console consultant consumer consumption contact container content contingency contract contractor contribution
        controller conversation conversion coordinator copy correction correspondence cost counter counterparty country
        coupon courier coverage crate credential credit criterion currency customer customs cutoff cycle damage dashboard
        data database date deadline deal dealer debit debt deduction default defect delay delegate deliverable delivery
        demand demo department dependency deployment deposit depot description design desk detail deviation device
        diagnosis diagnostic difference digest directory disclosure discount discrepancy dispatch display dispute
        distribution distributor dividend dock document domain download draft driver duplicate duty earnings edition
        effort eligibility email embargo employee endpoint engineer enquiry enrollment enterprise entitlement entry
        environment equipment error escalation estimate evaluation event evidence excess exception exchange expense
        expiration export exposure extension facility factor failure fare feature fee feed feedback field file filter
        finance fine firmware fixture fleet flow folder footprint forecast form format forum franchise freight frequency
        fulfillment fund gadget gateway glitch goal goods grade grant growth guarantee guide handler handset hardware
        headquarters headset help helpdesk hierarchy history holder holiday hotline hour hub identity import incentive
        incident income increase index indicator industry information inquiry inspection installation installer
        installment instance instruction insurance insurer intake integration interaction interest interface
        interruption interval inventory investment invoice issue item itinerary journey key keyboard kit knowledge label
        laboratory landing laptop latency launch layout lead leaflet lease ledger level liability license lifecycle
        limit line link liquidity list listing load loan location lock log login logistics lot loyalty machine mailbox
        maintenance mandate manager manifest manual manufacturer margin market marketplace markup material mechanic
        meeting member membership memo mentor menu merchandise merchant message method metric microphone migration
        milestone minute mobile model modem module monitor month mortgage motor negotiation network newsletter node
        nominee note notice notification number objection object obligation occurrence offer office offset onboarding
        operation operator opportunity option order organization origin outage outcome outlet output overcharge
        overdraft overview owner package packaging packet page pallet panel parameter parcel parity part partner
        password patch payment payout payroll peak penalty pension percentage performance period permission permit
        phone pickup pilot pipeline placement plan platform pledge plugin point policy poll portal portfolio position
        postage preference premise premium prepayment prerequisite presentation price pricing principal printer printout
        priority problem procedure process procurement producer product productivity profile profit program project
        promotion proof proposal prospect prototype provider provision purchase purchaser quality quantity quarter query
        question queue quota quote rack ranking rate rating ratio reading reason rebate recall receipt receivable
        recipient recommendation reconciliation record recovery redemption reference referral refill refund region
        registration regulation regulator reimbursement relationship release reminder renewal rental reorder repair
        replacement replica report repository representative request requirement reseller reservation reset resolution
        resource response restock result retailer retention return revenue review revision reward risk roadmap role
        rollout route router royalty rule runtime safeguard salary sale salesperson sample satisfaction scanner scenario
        schedule scheme scope score screen script seat season security segment seller sender sensor sequence server
        service session setting setup share shelf shift shipment shipping shop shortage shortfall signature signup
        simulation site size sku slot snapshot software solution source spare specialist specification speed spending
        spike sponsor spreadsheet sprint staff stage stakeholder stamp standard statement statistic status stock
        stockroom storage store strategy streak subscriber subscription subsidy substitute successor suite summary
        supplier supply support surcharge surplus survey suspension switch symptom system table tablet tag takeover
        target tariff task tax team technician technology template tenant tender term terminal territory test threshold
        throughput ticket tier timeline timestamp token tool topic total tracking trade training transaction transfer
        transit transparency trend trial trigger troubleshooting truck turnover tutorial unit update upgrade upload
        upsell usage user utility vacancy validation value variance variant vehicle vendor venue verification version
        video viewer visit volume voucher waiver wallet warehouse warranty webinar website week weight whitelist
        wholesale widget window wire withdrawal workflow workload workshop workspace year zone
        """;

    private const string Verbs = """
        accept access activate add adjust allocate apply approve archive assign attach audit authorize avoid bill block
        book browse calculate cancel capture change charge check claim clear close collect compare complain complete
        configure confirm connect contact convert copy correct create credit debit decline deduct delay delete deliver
        deploy describe design detect disable dispatch display dispute download downgrade duplicate edit enable ensure
        enter escalate estimate exchange expire explain export extend fail fetch file filter finish fix follow forward
        generate grant handle help hold identify import improve include increase inform install integrate investigate
        invoice issue join launch limit link list load lock log manage mark match measure merge migrate miss modify
        monitor move negotiate notify obtain offer open order organize overcharge own pack pay pick place plan post
        prepare present prevent price print process produce promote protect provide publish purchase qualify query queue
        quote rate reach receive recommend reconcile record recover redeem reduce refund register reject release remind
        remove renew reopen repair replace reply report request require reroute reschedule reset resolve respond restart
        restock restore resume retain retry return review revoke route save scan schedule search sign solve sort split
        start stock stop store submit subscribe suggest supply support suspend switch sync tag test track train transfer
        troubleshoot unlock update upgrade upload use validate verify view void wait waive warn withdraw
        """;

    private const string Adjectives = """
        active additional affordable annual automatic available average basic broken bulk commercial compatible complete
        confidential corporate critical current custom daily damaged defective delayed digital direct domestic easy
        effective electronic eligible empty exclusive existing expired express external extra fast faulty final
        financial fixed flexible fragile free frequent full general global gross guaranteed high immediate important
        inactive incorrect initial instant internal international invalid late legal limited local long low main major
        maximum minimum missing monthly multiple national net new next nominal normal official offline online optional
        original outstanding overdue partial pending personal physical popular preferred previous primary private
        professional quarterly quick recent recurring refundable regional regular remote renewed required responsive
        retail reusable safe scheduled seasonal secure shared short simple single slow small special strategic
        successful suspended technical temporary unpaid urgent valid verified virtual weekly wireless wrong yearly
        """;

    /// <summary>Words that join content words into sentences; queries do not use them.</summary>
    public static readonly string[] FunctionWords =
        "the a an of to in for on with at by from and or but is are was were be been it this that these we you they our your their can will should may must not if when after before about as into than then so all any each more only also"
            .Split(' ');

    /// <summary>Every distinct content word form, in a fixed order.</summary>
    public static string[] ContentWords()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var noun in Split(Nouns))
        {
            words.Add(noun);
            words.Add(Plural(noun));
        }

        foreach (var verb in Split(Verbs))
        {
            words.Add(verb);
            words.Add(Plural(verb));
            words.Add(Past(verb));
            words.Add(Gerund(verb));
        }

        words.UnionWith(Split(Adjectives));
        return [.. words];
    }

    private static string[] Split(string words) => words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool EndsInConsonantY(string word) => word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2], StringComparison.Ordinal);

    private static string Plural(string word) =>
        EndsInConsonantY(word) ? word[..^1] + "ies"
        : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    private static string Past(string word) =>
        word.EndsWith('e') ? word + "d"
        : EndsInConsonantY(word) ? word[..^1] + "ied"
        : word + "ed";

    private static string Gerund(string word) =>
        word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal) ? word[..^1] + "ing" : word + "ing";
}
