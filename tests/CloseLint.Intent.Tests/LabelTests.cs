using CloseLint.Analysis;
using Shouldly;

namespace CloseLint.Intent.Tests;

/// <summary>Clear sentences (written for these tests, not taken from any data set) get the obvious label.</summary>
public sealed class LabelTests
{
    [Theory]
    [InlineData("Is there anything in my background that would make you hesitate to offer me this job?", IntentLabel.Concern)]
    [InlineData("Do you have any reservations about my fit for the team?", IntentLabel.Concern)]
    [InlineData("What are the next steps in your hiring process?", IntentLabel.Ask)]
    [InlineData("I'm very interested in this position and would love to join your team.", IntentLabel.Ask)]
    [InlineData("When do you expect to make a decision?", IntentLabel.Ask)]
    [InlineData("I've managed a team of twelve nurses on a cardiac ward for six years.", IntentLabel.Summary)]
    [InlineData("In my last role I cut delivery times by twenty percent.", IntentLabel.Summary)]
    [InlineData("Great, so what day do I start?", IntentLabel.Gimmick)]
    [InlineData("Give me an answer by Friday or I'll sign with your competitor.", IntentLabel.Gimmick)]
    [InlineData("Nobody else you interview will come close to me, I promise.", IntentLabel.Gimmick)]
    [InlineData("Thank you so much for your time today.", IntentLabel.Other)]
    [InlineData("What does the team usually do for lunch?", IntentLabel.Other)]
    public void Model_reads_clear_sentences(string sentence, IntentLabel expected)
    {
        SharedModel.Model.Predict(sentence).Label.ShouldBe(expected);
    }
}
