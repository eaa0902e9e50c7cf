using System;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Core.Tests;

public class AtomTableTests
{
    [Fact]
    public void Interning_the_same_name_twice_gives_the_same_atom()
    {
        var table = new AtomTable();
        var a = table.Intern("view");
        var b = table.Intern("view".AsSpan());
        Assert.Equal(a, b);
        Assert.NotEqual(table.Intern("text"), a);
        Assert.Equal("view", table.GetName(a));
    }

    [Fact]
    public void The_empty_name_is_the_default_atom()
    {
        var table = new AtomTable();
        Assert.Equal(Atom.Empty, table.Intern(string.Empty));
        Assert.True(table.TryGet(string.Empty, out var empty));
        Assert.True(empty.IsEmpty);
    }

    [Fact]
    public void TryGet_does_not_intern()
    {
        var table = new AtomTable();
        Assert.False(table.TryGet("missing", out _));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void An_atom_from_another_table_is_rejected()
    {
        var table = new AtomTable();
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetName(new Atom(42)));
    }

    [Fact]
    public void Concurrent_interning_keeps_ids_unique_and_stable()
    {
        var table = new AtomTable();
        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var atom = table.Intern("name" + i);
                Assert.Equal("name" + i, table.GetName(atom));
            }
        });
        Assert.Equal(2001, table.Count);
    }
}
