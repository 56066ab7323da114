using WorkflowPlatform.Activities.Knowledge.Parsing;

namespace WorkflowPlatform.Activities.Tests.Knowledge.Parsing;

public sealed class PiiMaskerTests
{
    [Theory]
    [InlineData("Write to ana.souza+vendas@acme.com.br today.", "Write to [email] today.")]
    [InlineData("Contato: JOAO_99@Example.ORG.", "Contato: [email].")]
    [InlineData("Ligue +55 11 98765-4321 agora", "Ligue [phone] agora")]
    [InlineData("Ligue (11) 98765-4321 agora", "Ligue [phone] agora")]
    [InlineData("Ligue +55 (11) 3456-7890 agora", "Ligue [phone] agora")]
    [InlineData("Ligue 11 98765-4321 agora", "Ligue [phone] agora")]
    [InlineData("Ligue 11987654321 agora", "Ligue [phone] agora")]
    [InlineData("Ligue 5511987654321 agora", "Ligue [phone] agora")]
    [InlineData("Ligue +5511987654321 agora", "Ligue [phone] agora")]
    [InlineData("Call +1 (415) 555-0100 now", "Call [phone] now")]
    [InlineData("Call 415-555-0100 now", "Call [phone] now")]
    [InlineData("Call +44 20 7946 0958 now", "Call [phone] now")]
    [InlineData("CPF 123.456.789-09.", "CPF [cpf].")]
    [InlineData("CPF 12345678909", "CPF [cpf]")]
    [InlineData("CNPJ 12.345.678/0001-95", "CNPJ [cnpj]")]
    [InlineData("CNPJ 11222333000181", "CNPJ [cnpj]")]
    [InlineData("CNPJ 12.ABC.345/01DE-35", "CNPJ [cnpj]")]
    public void Mask_PersonalData_ReplacedByItsPlaceholder(string text, string masked)
    {
        Assert.Equal(masked, PiiMasker.Mask(text));
    }

    [Fact]
    public void Mask_SeveralKindsInOneText_MasksEach()
    {
        const string text = "Cliente Ana (ana@cliente.com, CPF 529.982.247-25, tel. (21) 99876-5432), empresa 11.222.333/0001-81.";

        Assert.Equal("Cliente Ana ([email], CPF [cpf], tel. [phone]), empresa [cnpj].", PiiMasker.Mask(text));
    }

    [Theory]
    [InlineData("CPF 123.456.789-00")] // wrong check digits
    [InlineData("CPF 12345678900")]
    [InlineData("CPF 111.111.111-11")] // right check digits, never issued
    [InlineData("CNPJ 12.345.678/0001-96")]
    [InlineData("CNPJ 12345678000196")]
    [InlineData("CNPJ 00.000.000/0000-00")]
    public void Mask_DocumentWithInvalidCheckDigits_IsLeftAsItIs(string text)
    {
        Assert.Equal(text, PiiMasker.Mask(text));
    }

    [Theory]
    [InlineData("Black Friday on 2026-11-28, ends 28/11/2026 at 23:59.")]
    [InlineData("Notebook por R$ 1.299,00 ou 12x de R$ 108,25.")]
    [InlineData("Price: $1,299.00 (was $12,345,678.90)")]
    [InlineData("Pedido #4521 enviado; pedido #12345678901 também.")]
    [InlineData("Founded in 1998, 25 years ago, in 2026 we had 1500 clients.")]
    [InlineData("CEP 01310-100, apto 42, ramal 1234.")]
    [InlineData("Invoice 1234567890123456 and order 98765.")]
    [InlineData("Timestamp 1764547200 logged.")]
    [InlineData("Version 10.0.15 of build 2026.11.28.")]
    [InlineData("Email me at ana at acme dot com")]
    public void Mask_NumbersThatAreNotPersonalData_AreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, PiiMasker.Mask(text));
    }
}
